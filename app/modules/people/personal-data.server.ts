import { db } from "~/utils/db.server";

/**
 * Everything we keep about a person, for the AVG/GDPR download. Evaluation
 * answers and coalition scan answers are not in it: they are stored without
 * a link to anyone (only the receipts that someone submitted are personal,
 * and they are included). Deleting the account keeps the person's timeline
 * notes in the coalition's measurements, signed by the organisation only.
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
      coalitionMembers: { select: { role: true, roleTitle: true, joinedAt: true, leftAt: true, coalition: { select: { name: true } }, org: { select: { name: true } } } },
      timelineNotes: { select: { date: true, kind: true, aspect: true, text: true, showName: true, createdAt: true, org: { select: { name: true } } } },
      scanReceipts: { select: { submittedAt: true, round: { select: { number: true, coalition: { select: { name: true } } } } } },
    },
  });
  return { exportedAt: new Date().toISOString(), person };
}

/** Deletes the account; related rows go with it through the schema's cascades. */
export async function deleteAccount({ userId }: { userId: string }) {
  await db.user.delete({ where: { id: userId } });
}
