import { queueEvaluationMails } from "~/modules/cohorts/reminders.server";
import { jobNow } from "~/modules/jobs/clock.server";
import { db } from "~/utils/db.server";
import { isDisclosive } from "./disclosure";

/** Opens (from now) or closes the evaluation of a cohort. Opening queues the mail to participants and the reminders after 3 and 7 days. */
export async function setEvaluationOpen({
  cohortId,
  open,
}: {
  cohortId: string;
  open: boolean;
}): Promise<void> {
  if (!open) {
    await db.cohort.updateMany({ where: { id: cohortId }, data: { evaluationOpenedAt: null } });
    return;
  }
  const openedAt = jobNow();
  await db.$transaction(async (tx) => {
    const opened = await tx.cohort.updateMany({
      where: { id: cohortId, evaluationOpenedAt: null },
      data: { evaluationOpenedAt: openedAt },
    });
    if (opened.count > 0) await queueEvaluationMails(tx, { cohortId, openedAt });
  });
}

/** Status for the facilitator: open since, how many participants sent it (receipts only; null for 1-4), the last evening. */
export async function getEvaluationStatus({ cohortId }: { cohortId: string }) {
  const cohort = await db.cohort.findFirst({
    where: { id: cohortId },
    select: {
      name: true,
      evaluationOpenedAt: true,
      _count: {
        select: { receipts: true, members: { where: { role: "PARTICIPANT", removedAt: null } } },
      },
      evenings: { orderBy: { startsAt: "desc" }, take: 1, select: { startsAt: true } },
    },
  });
  if (!cohort) return null;
  return {
    name: cohort.name,
    openedAt: cohort.evaluationOpenedAt,
    // Decision 008, rule 5: 1 to 4 is "fewer than 5" (null), never the number.
    submitted: isDisclosive(cohort._count.receipts) ? null : cohort._count.receipts,
    participants: cohort._count.members,
    lastEvening: cohort.evenings[0]?.startsAt ?? null,
  };
}
