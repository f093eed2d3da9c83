import { db } from "~/utils/db.server";
import { CASE_TOMBSTONE, REPLY_TOMBSTONE } from "~/modules/forum/edit-post.server";

/**
 * Every model field in prisma/schema.prisma that points at a person, and
 * where the download carries it, or why it does not. A test walks the schema
 * and fails on a field that is in neither list.
 */
export const PERSONAL_DATA_COVERAGE: Record<string, { exported: string } | { excluded: string }> = {
  "Session.userId": { exported: "person.sessions" },
  "OrgMembership.userId": { exported: "person.memberships" },
  "OrgMembership.vogSeenById": {
    excluded:
      "Who recorded another person's VOG: part of that person's register record, kept for accountability.",
  },
  "OrgMembership.trainedConfirmedById": {
    excluded: "Who confirmed another person as trained volunteer: part of that person's record.",
  },
  "PasswordResetToken.userId": {
    excluded:
      "Only a hash of a short-lived token; it says nothing about the person and cannot be used by them.",
  },
  "Invitation.createdById": { exported: "person.invitationsOut" },
  "CohortMember.userId": { exported: "person.cohortMemberships" },
  "LessonProgress.userId": { exported: "person.lessonProgress" },
  "Reflection.userId": { exported: "person.reflections" },
  "CheckAnswer.userId": { exported: "person.checkAnswers" },
  "LocalModule.ownerId": { exported: "person.localModules" },
  "LocalModuleVersion.createdById": { exported: "person.localModules (versions)" },
  "Cohort.createdById": { exported: "cohortsCreated" },
  "Attendance.userId": { exported: "person.attendance" },
  "Attendance.recordedById": {
    excluded: "Who took another person's attendance: part of that person's record.",
  },
  "ForumCase.authorId": { exported: "person.cases (with edit history)" },
  "ForumReply.authorId": { exported: "person.replies (with edit history)" },
  "HelpfulMark.userId": { exported: "person.helpfulMarks" },
  "ForumReport.reporterId": { exported: "person.reports" },
  "ThreadRead.userId": { exported: "person.threadReads" },
  "PendingNotification.userId": { exported: "person.notifications" },
  "EvaluationDraft.userId": { exported: "person.evaluationDrafts" },
  "EvaluationReceipt.userId": { exported: "person.receipts" },
  "Certificate.userId": { exported: "person.certificates" },
  "Certificate.issuedById": {
    excluded: "Who issued another person's certificate by hand: part of that certificate.",
  },
  "Certificate.revokedById": {
    excluded: "Who revoked another person's certificate: part of that certificate.",
  },
  "Announcement.authorId": { exported: "person.announcements" },
  "CalendarFeed.userId": {
    exported: "person.calendarFeed (when it was made; the secret link is on the account page)",
  },
  "CaseFollow.userId": { exported: "person.follows" },
  "ClubVolunteer.recordedById": {
    excluded:
      "Who recorded a volunteer without an account in a club register: part of that register record.",
  },
  "Coalition.createdById": { exported: "coalitionsCreated" },
  "CoalitionMember.userId": { exported: "person.coalitionMembers" },
  "EveningApology.userId": { exported: "person.apologies" },
  "HandoverNote.updatedById": {
    excluded:
      "Who last edited a role's handover note: the note belongs to the organisation's role, not to the person.",
  },
  "LessonVisit.userId": { exported: "person.lessonVisits" },
  "ScanReceipt.userId": {
    exported: "person.scanReceipts (only that the person answered, never the answers)",
  },
  "SocialMap.userId": { exported: "person.socialMaps" },
  "Tandem.sportUserId": {
    exported: "person.tandemsSport (both halves of the report, and the partner's name)",
  },
  "Tandem.socialUserId": {
    exported: "person.tandemsSocial (both halves of the report, and the partner's name)",
  },
  "TimelineNote.authorId": { exported: "person.timelineNotes" },
};

const editHistory = { select: { previous: true, editedAt: true } } as const;
/** A tandem report is written by two people together: both halves belong to each of them. */
const tandemReport = {
  sportSaw: true,
  sportTakes: true,
  sportAt: true,
  socialSaw: true,
  socialTakes: true,
  socialAt: true,
  createdAt: true,
  cohort: { select: { name: true } },
} as const;

/**
 * Everything we keep about a person, for the AVG/GDPR download. Evaluation
 * answers are not in it: they are stored without a link to anyone (only the
 * receipt that someone submitted, and a draft not yet sent, are personal and
 * included).
 */
export async function exportPersonalData({ userId }: { userId: string }) {
  const [person, cohortsCreated, coalitionsCreated] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        name: true,
        email: true,
        domain: true,
        volunteerRole: true,
        role: true,
        locale: true,
        notifyReplies: true,
        replyDigest: true,
        mailOptOuts: true,
        createdAt: true,
        memberships: {
          select: {
            role: true,
            status: true,
            createdAt: true,
            volunteerTypes: true,
            trainedConfirmedAt: true,
            vogSeenOn: true,
            org: { select: { name: true } },
          },
        },
        sessions: { select: { createdAt: true, lastVerifiedAt: true } },
        invitationsOut: {
          select: {
            createdAt: true,
            expiresAt: true,
            role: true,
            cohort: { select: { name: true } },
            org: { select: { name: true } },
          },
        },
        cohortMemberships: {
          select: {
            role: true,
            joinedAt: true,
            removedAt: true,
            cohort: { select: { name: true, place: true } },
          },
        },
        lessonProgress: { select: { moduleKey: true, lessonSlug: true, completedAt: true } },
        apologies: {
          select: {
            reason: true,
            createdAt: true,
            evening: { select: { startsAt: true, topic: true } },
          },
        },
        calendarFeed: { select: { createdAt: true } },
        lessonVisits: { select: { moduleKey: true, lessonSlug: true, openedAt: true } },
        socialMaps: {
          select: { entries: true, updatedAt: true, cohort: { select: { name: true } } },
        },
        tandemsSport: { select: { ...tandemReport, socialUser: { select: { name: true } } } },
        tandemsSocial: { select: { ...tandemReport, sportUser: { select: { name: true } } } },
        coalitionMembers: {
          select: {
            role: true,
            roleTitle: true,
            joinedAt: true,
            leftAt: true,
            coalition: { select: { name: true } },
            org: { select: { name: true } },
          },
        },
        timelineNotes: {
          select: {
            date: true,
            kind: true,
            aspect: true,
            text: true,
            showName: true,
            createdAt: true,
            org: { select: { name: true } },
          },
        },
        scanReceipts: {
          select: {
            submittedAt: true,
            round: { select: { number: true, coalition: { select: { name: true } } } },
          },
        },
        reflections: {
          select: { moduleKey: true, reflectionId: true, text: true, updatedAt: true },
        },
        checkAnswers: {
          select: {
            moduleKey: true,
            checkId: true,
            optionIndex: true,
            correct: true,
            answeredAt: true,
          },
        },
        localModules: {
          select: {
            region: true,
            status: true,
            createdAt: true,
            versions: {
              select: {
                number: true,
                title: true,
                goals: true,
                lessons: true,
                createdAt: true,
                publishedAt: true,
              },
            },
          },
        },
        attendance: {
          select: { status: true, evening: { select: { startsAt: true, topic: true } } },
        },
        cases: {
          select: {
            title: true,
            situation: true,
            whatIDid: true,
            question: true,
            themes: true,
            pseudonymous: true,
            createdAt: true,
            deletedAt: true,
            edits: editHistory,
          },
        },
        replies: {
          select: {
            body: true,
            pseudonymous: true,
            createdAt: true,
            deletedAt: true,
            edits: editHistory,
          },
        },
        helpfulMarks: { select: { reply: { select: { case: { select: { title: true } } } } } },
        reports: { select: { reason: true, createdAt: true, resolvedAt: true } },
        threadReads: { select: { lastReadAt: true, case: { select: { title: true } } } },
        follows: {
          select: { following: true, createdAt: true, case: { select: { title: true } } },
        },
        announcements: {
          select: {
            title: true,
            body: true,
            sector: true,
            createdAt: true,
            cohort: { select: { name: true } },
          },
        },
        notifications: { select: { createdAt: true, sentAt: true } },
        evaluationDrafts: {
          select: { answers: true, updatedAt: true, cohort: { select: { name: true } } },
        },
        receipts: { select: { submittedAt: true, cohort: { select: { name: true } } } },
        certificates: {
          select: {
            code: true,
            nameOnCertificate: true,
            courseTitle: true,
            completedOn: true,
            revokedAt: true,
          },
        },
      },
    }),
    db.cohort.findMany({
      where: { createdById: userId },
      select: { name: true, place: true, createdAt: true },
    }),
    db.coalition.findMany({
      where: { createdById: userId },
      select: { name: true, createdAt: true },
    }),
  ]);
  return { exportedAt: new Date().toISOString(), person, cohortsCreated, coalitionsCreated };
}

/**
 * Deletes the account: profile and private work go (schema cascades), but
 * the conversation stays. The person's cases and replies become posts of "een
 * oud-deelnemer" (author, sector and place removed; text removed too unless
 * `keepPostText`), so other people's replies under them stay readable. Local
 * modules a cohort uses pass to their organisation or the platform; unused
 * ones go. Certificates stay verifiable without the name, unless
 * `revokeCertificates`: then they show as revoked (and the status list says so).
 */
export async function deleteAccount({
  userId,
  keepPostText = false,
  revokeCertificates = false,
}: {
  userId: string;
  keepPostText?: boolean;
  revokeCertificates?: boolean;
}) {
  const now = new Date();
  await db.$transaction(async (tx) => {
    const [cases, replies, modules] = await Promise.all([
      tx.forumCase.findMany({ where: { authorId: userId }, select: { id: true } }),
      tx.forumReply.findMany({ where: { authorId: userId }, select: { id: true } }),
      tx.localModule.findMany({ where: { ownerId: userId }, select: { id: true } }),
    ]);
    const caseIds = cases.map((row) => row.id);
    const replyIds = replies.map((row) => row.id);
    // Earlier versions could hold what the person later took out: never kept.
    await tx.forumEdit.deleteMany({
      where: { OR: [{ caseId: { in: caseIds } }, { replyId: { in: replyIds } }] },
    });
    await tx.forumCase.updateMany({
      where: { id: { in: caseIds } },
      data: {
        authorDomain: null,
        authorTown: null,
        pseudonymous: false,
        ...(keepPostText ? {} : { ...CASE_TOMBSTONE, deletedAt: now }),
      },
    });
    await tx.forumReply.updateMany({
      where: { id: { in: replyIds } },
      data: {
        authorDomain: null,
        pseudonymous: false,
        ...(keepPostText ? {} : { ...REPLY_TOMBSTONE, deletedAt: now }),
      },
    });
    const inUse = new Set(
      (
        await tx.cohortModule.findMany({
          where: { localModuleId: { in: modules.map((module) => module.id) } },
          select: { localModuleId: true },
        })
      ).map((row) => row.localModuleId),
    );
    await tx.localModule.deleteMany({
      where: { id: { in: modules.map((module) => module.id).filter((id) => !inUse.has(id)) } },
    });
    await tx.certificate.updateMany({
      where: { userId },
      data: {
        nameOnCertificate: "",
        ...(revokeCertificates
          ? {
              revokedAt: now,
              revokedReason: "Ingetrokken door de houder bij het opheffen van het account",
            }
          : {}),
      },
    });
    // Cases, replies, modules in use and certificates lose their link to the person (ON DELETE SET NULL); the rest cascades.
    await tx.user.delete({ where: { id: userId } });
  });
}
