import { randomUUID } from "node:crypto";
import { db } from "~/utils/db.server";
import { CURRENT_VERSION } from "./questionnaire";
import type { AnswerMap } from "./types";
import { MIN_GROUP_SIZE } from "~/utils/disclosure-threshold";
import { mondayOf } from "./week";

export type SubmitResult = "submitted" | "already-submitted" | "not-open";

/**
 * Sends a participant's evaluation exactly once, in ONE statement (so one
 * round trip and one implicit transaction): the database function
 * evaluation_submit (migration 20261207010000) takes the cohort's release lock,
 * then puts the receipt (primary key userId+cohortId) in first with ON
 * CONFLICT DO NOTHING, so a double click, a retry or a second tab finds it
 * taken and creates nothing; only when the receipt went in are the anonymous
 * response and its answers written and the draft removed; last it releases the
 * waiting responses as a batch when there are MIN_GROUP_SIZE (rule 6). This
 * is the only place that touches both receipts and responses, and it never
 * stores a link between them: the response gets a random id (a cuid would
 * sort by time and could be lined up with receipt times) and only the week.
 */
export async function submitEvaluation({
  userId,
  cohortId,
  answers,
}: {
  userId: string;
  cohortId: string;
  answers: AnswerMap;
}): Promise<SubmitResult> {
  const sector = answers.A1?.choices?.[0];
  if (!sector) throw new Error("A1 (sector) is required");
  const rows = Object.entries(answers).map(([itemId, answer]) => ({
    itemId,
    number: answer.number ?? null,
    text: answer.text ?? null,
    choices: answer.choices ?? [],
  }));
  const week = mondayOf(new Date()).toISOString().slice(0, 10);
  const [result] = await db.$queryRaw<{ open: boolean; submitted: boolean }[]>`
    SELECT "open", "submitted"
      FROM evaluation_submit(${userId}, ${cohortId}, ${randomUUID()}, ${CURRENT_VERSION}::int, ${sector},
                             ${week}::date, ${JSON.stringify(rows)}::jsonb, ${MIN_GROUP_SIZE}::int)`;
  if (!result.open) return "not-open";
  return result.submitted ? "submitted" : "already-submitted";
}
