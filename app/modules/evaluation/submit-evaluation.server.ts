import { randomUUID } from "node:crypto";
import { db } from "~/utils/db.server";
import { CURRENT_VERSION } from "./questionnaire";
import type { AnswerMap } from "./types";
import { mondayOf } from "./week";

export type SubmitResult = "submitted" | "already-submitted" | "not-open";

/**
 * Sends a participant's evaluation exactly once. In one transaction: the
 * receipt (primary key userId+cohortId) goes in first with ON CONFLICT DO
 * NOTHING, so a double click, a retry or a second tab finds it taken and
 * creates nothing; only the winner writes the anonymous response. This is
 * the only place that touches both receipts and responses, and it never
 * stores a link between them: the response gets a random id (a cuid would
 * sort by time and could be lined up with receipt times) and only the week.
 */
export async function submitEvaluation({ userId, cohortId, answers }: { userId: string; cohortId: string; answers: AnswerMap }): Promise<SubmitResult> {
  const sector = answers.A1?.choices?.[0];
  if (!sector) throw new Error("A1 (sector) is required");
  return db.$transaction(async (tx) => {
    const cohort = await tx.cohort.findFirst({ where: { id: cohortId }, select: { evaluationOpenedAt: true } });
    if (!cohort?.evaluationOpenedAt) return "not-open";
    const receipt = await tx.evaluationReceipt.createMany({ data: [{ userId, cohortId }], skipDuplicates: true });
    if (receipt.count === 0) return "already-submitted";
    await tx.evaluationResponse.create({
      data: {
        id: randomUUID(),
        cohortId,
        questionnaireVersion: CURRENT_VERSION,
        sector,
        submittedWeek: mondayOf(new Date()),
        answers: {
          create: Object.entries(answers).map(([itemId, answer]) => ({
            itemId,
            number: answer.number ?? null,
            text: answer.text ?? null,
            choices: answer.choices ?? [],
          })),
        },
      },
    });
    await tx.evaluationDraft.deleteMany({ where: { userId, cohortId } });
    return "submitted";
  });
}
