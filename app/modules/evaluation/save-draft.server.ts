import { db } from "~/utils/db.server";
import type { AnswerMap } from "./types";

export type DraftResult = "saved" | "not-open" | "already-submitted";

/** Keeps part-way answers of a participant (replaced on every save, deleted on submit). */
export async function saveDraft({
  userId,
  cohortId,
  answers,
}: {
  userId: string;
  cohortId: string;
  answers: AnswerMap;
}): Promise<DraftResult> {
  const cohort = await db.cohort.findFirst({
    where: { id: cohortId },
    select: { evaluationOpenedAt: true, receipts: { where: { userId }, select: { userId: true } } },
  });
  if (!cohort?.evaluationOpenedAt) return "not-open";
  if (cohort.receipts.length) return "already-submitted";
  await db.evaluationDraft.upsert({
    where: { userId_cohortId: { userId, cohortId } },
    create: { userId, cohortId, answers },
    update: { answers },
  });
  return "saved";
}
