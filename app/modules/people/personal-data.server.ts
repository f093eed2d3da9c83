import { db } from "~/utils/db.server";
import { CASE_TOMBSTONE, REPLY_TOMBSTONE } from "~/modules/forum/edit-post.server";

/**
 * Everything we keep about a person, for the AVG/GDPR download. Evaluation
 * answers are not in it: they are stored without a link to anyone (only the
 * receipt that someone submitted is personal, and it is included).
 */
export async function exportPersonalData({ userId }: { userId: string }) {
  const person = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      domain: true,
      volunteerRole: true,
      role: true,
      locale: true,
      notifyReplies: true,
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
      cohortMemberships: { select: { role: true, joinedAt: true, removedAt: true, cohort: { select: { name: true, place: true } } } },
      lessonProgress: { select: { moduleKey: true, lessonSlug: true, completedAt: true } },
      reflections: { select: { moduleKey: true, reflectionId: true, text: true, updatedAt: true } },
      checkAnswers: { select: { moduleKey: true, checkId: true, optionIndex: true, correct: true, answeredAt: true } },
      attendance: { select: { status: true, evening: { select: { startsAt: true, topic: true } } } },
      cases: { select: { title: true, situation: true, whatIDid: true, question: true, themes: true, pseudonymous: true, createdAt: true } },
      replies: { select: { body: true, pseudonymous: true, createdAt: true } },
      receipts: { select: { submittedAt: true, cohort: { select: { name: true } } } },
      certificates: { select: { code: true, nameOnCertificate: true, courseTitle: true, completedOn: true, revokedAt: true } },
    },
  });
  return { exportedAt: new Date().toISOString(), person };
}

/**
 * Deletes the account: profile and private work go (schema cascades), but
 * the conversation stays. The person's cases and replies become posts of "een
 * oud-deelnemer" (author, sector and place removed; text removed too unless
 * `keepPostText`), so other people's replies under them stay readable. Local
 * modules a cohort uses pass to their organisation or the platform; unused
 * ones go. Certificates stay verifiable without the name.
 */
export async function deleteAccount({ userId, keepPostText = false }: { userId: string; keepPostText?: boolean }) {
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
    await tx.forumEdit.deleteMany({ where: { OR: [{ caseId: { in: caseIds } }, { replyId: { in: replyIds } }] } });
    await tx.forumCase.updateMany({
      where: { id: { in: caseIds } },
      data: { authorDomain: null, authorTown: null, pseudonymous: false, ...(keepPostText ? {} : { ...CASE_TOMBSTONE, deletedAt: now }) },
    });
    await tx.forumReply.updateMany({
      where: { id: { in: replyIds } },
      data: { authorDomain: null, pseudonymous: false, ...(keepPostText ? {} : { ...REPLY_TOMBSTONE, deletedAt: now }) },
    });
    const inUse = new Set(
      (await tx.cohortModule.findMany({ where: { localModuleId: { in: modules.map((module) => module.id) } }, select: { localModuleId: true } })).map((row) => row.localModuleId),
    );
    await tx.localModule.deleteMany({ where: { id: { in: modules.map((module) => module.id).filter((id) => !inUse.has(id)) } } });
    await tx.certificate.updateMany({ where: { userId }, data: { nameOnCertificate: "" } });
    // Cases, replies, modules in use and certificates lose their link to the person (ON DELETE SET NULL); the rest cascades.
    await tx.user.delete({ where: { id: userId } });
  });
}
