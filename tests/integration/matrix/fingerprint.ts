import { db } from "~/utils/db.server";
import { coalitionFingerprint } from "./coalitions";

/** Row counts and counts of changed fields, by name: a denied request must leave each as it was. */
const counts = () => ({
  cases: db.forumCase.count(),
  hiddenCases: db.forumCase.count({ where: { hiddenAt: { not: null } } }),
  lockedCases: db.forumCase.count({ where: { lockedAt: { not: null } } }),
  editedCases: db.forumCase.count({ where: { editedAt: { not: null } } }),
  deletedCases: db.forumCase.count({ where: { deletedAt: { not: null } } }),
  replies: db.forumReply.count(),
  hiddenReplies: db.forumReply.count({ where: { hiddenAt: { not: null } } }),
  editedReplies: db.forumReply.count({ where: { editedAt: { not: null } } }),
  reports: db.forumReport.count(),
  resolvedReports: db.forumReport.count({ where: { resolvedAt: { not: null } } }),
  helpful: db.helpfulMark.count(),
  reads: db.threadRead.count(),
  certificates: db.certificate.count(),
  revoked: db.certificate.count({ where: { revokedAt: { not: null } } }),
  responses: db.evaluationResponse.count(),
  receipts: db.evaluationReceipt.count(),
  drafts: db.evaluationDraft.count(),
  questions: db.localQuestion.count(),
  progress: db.lessonProgress.count(),
  reflections: db.reflection.count(),
  checks: db.checkAnswer.count(),
  cohorts: db.cohort.count(),
  members: db.cohortMember.count(),
  removedMembers: db.cohortMember.count({ where: { removedAt: { not: null } } }),
  runModules: db.cohortModule.count(),
  requiredModules: db.cohortModule.count({ where: { required: true } }),
  evenings: db.evening.count(),
  attendance: db.attendance.count(),
  presentAttendance: db.attendance.count({ where: { status: "PRESENT" } }),
  invitations: db.invitation.count(),
  revokedInvitations: db.invitation.count({ where: { revokedAt: { not: null } } }),
  modules: db.localModule.count(),
  publishedModules: db.localModule.count({ where: { status: "PUBLISHED" } }),
  moduleVersions: db.localModuleVersion.count(),
  memberships: db.orgMembership.count(),
  activeMemberships: db.orgMembership.count({ where: { status: "ACTIVE" } }),
  trained: db.orgMembership.count({ where: { trainedConfirmedAt: { not: null } } }),
  vog: db.orgMembership.count({ where: { vogSeenOn: { not: null } } }),
  organisations: db.organisation.count(),
  users: db.user.count(),
  admins: db.user.count({ where: { role: "ADMIN" } }),
  facilitators: db.user.count({ where: { role: "FACILITATOR" } }),
  quietUsers: db.user.count({ where: { notifyReplies: false } }),
  mails: db.outboxMail.count(),
  openEvaluations: db.cohort.count({ where: { evaluationOpenedAt: { not: null } } }),
});

/**
 * The whole-database fingerprint a denied request must leave as it was:
 * row counts and the fields that the app's mutations change. (Sessions, rate
 * limits and the MDX compile cache are left out: reading a page may touch them.)
 */
export async function fingerprint() {
  const named = counts();
  const values = await db.$transaction(Object.values(named));
  const byName = Object.fromEntries(Object.keys(named).map((name, index) => [name, values[index]]));
  const latest = await db.$transaction([
    db.reflection.aggregate({ _max: { updatedAt: true } }),
    db.localModule.aggregate({ _max: { updatedAt: true } }),
    db.user.aggregate({ _max: { updatedAt: true } }),
    db.forumCase.aggregate({ _max: { lastReplyAt: true } }),
    db.cohortModule.aggregate({ _sum: { position: true } }),
    db.orgMembership.aggregate({ _max: { trainedConfirmedAt: true } }),
  ]);
  // Issue 15: cohort settings, evening changes, apologies and calendar feed tokens.
  const season = await db.$transaction([
    db.cohort.findMany({
      orderBy: { id: "asc" },
      select: {
        name: true,
        place: true,
        startsOn: true,
        endsOn: true,
        capacity: true,
        minEvenings: true,
        requireEvaluation: true,
        archivedAt: true,
      },
    }),
    db.evening.findMany({
      orderBy: { id: "asc" },
      select: {
        startsAt: true,
        endsAt: true,
        place: true,
        topic: true,
        sequence: true,
        cancelledAt: true,
      },
    }),
    db.eveningApology.findMany({
      orderBy: [{ eveningId: "asc" }, { userId: "asc" }],
      select: { reason: true },
    }),
    db.calendarFeed.findMany({ orderBy: { userId: "asc" }, select: { token: true } }),
    db.clubVolunteer.findMany({
      orderBy: { id: "asc" },
      select: { name: true, linkedUserId: true, vogSeenOn: true },
    }),
    db.organisation.findMany({
      orderBy: { id: "asc" },
      select: { name: true, type: true, town: true, region: true },
    }),
    db.orgMembership.count({ where: { role: "ADMIN" } }),
  ]);
  return JSON.stringify({
    season,
    ...byName,
    latest,
    coalitions: await coalitionFingerprint(),
  });
}
