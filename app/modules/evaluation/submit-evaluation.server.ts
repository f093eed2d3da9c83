import { randomUUID } from "node:crypto";
import { db } from "~/utils/db.server";
import { CURRENT_VERSION } from "./questionnaire";
import type { AnswerMap } from "./types";
import { releaseLock, releaseWaiting } from "./release.server";
import { mondayOf } from "./week";

export type SubmitResult = "submitted" | "already-submitted" | "not-open";

/**
 * Sends a participant's evaluation exactly once, in ONE statement (so one
 * round trip and one implicit transaction): the receipt (primary key
 * userId+cohortId) goes in first with ON CONFLICT DO NOTHING, so a double
 * click, a retry or a second tab finds it taken and creates nothing; only
 * when the receipt went in are the anonymous response and its answers
 * written and the draft removed. This is the only place that touches both
 * receipts and responses, and it never stores a link between them: the
 * response gets a random id (a cuid would sort by time and could be lined
 * up with receipt times) and only the week.
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
  // One transaction: the per-cohort release lock, the submit statement, then the release (rule 6).
  const [, [result]] = await db.$transaction([
    releaseLock(db, cohortId),
    db.$queryRaw<{ open: boolean; submitted: boolean }[]>`
    WITH open AS (
           SELECT 1 FROM "Cohort" WHERE "id" = ${cohortId} AND "evaluationOpenedAt" IS NOT NULL),
         receipt AS (
           INSERT INTO "EvaluationReceipt" ("userId", "cohortId")
           SELECT ${userId}, ${cohortId} WHERE EXISTS (SELECT 1 FROM open)
           ON CONFLICT DO NOTHING RETURNING 1),
         response AS (
           INSERT INTO "EvaluationResponse" ("id", "cohortId", "questionnaireVersion", "sector", "submittedWeek")
           SELECT ${randomUUID()}, ${cohortId}, ${CURRENT_VERSION}, ${sector}, ${mondayOf(new Date()).toISOString().slice(0, 10)}::date WHERE EXISTS (SELECT 1 FROM receipt)
           RETURNING "id"),
         answers AS (
           INSERT INTO "EvaluationAnswer" ("responseId", "itemId", "number", "text", "choices")
           SELECT response."id", a."itemId", a."number", a."text", ARRAY(SELECT jsonb_array_elements_text(a."choices"))
             FROM response, jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS a("itemId" text, "number" int, "text" text, "choices" jsonb)
           RETURNING 1),
         draft AS (
           DELETE FROM "EvaluationDraft" WHERE "userId" = ${userId} AND "cohortId" = ${cohortId} AND EXISTS (SELECT 1 FROM receipt)
           RETURNING 1)
    SELECT EXISTS (SELECT 1 FROM open) AS "open", EXISTS (SELECT 1 FROM receipt) AS "submitted",
           (SELECT count(*) FROM answers) AS "answers", (SELECT count(*) FROM draft) AS "drafts"`,
    releaseWaiting(db, cohortId),
  ]);
  if (!result.open) return "not-open";
  return result.submitted ? "submitted" : "already-submitted";
}
