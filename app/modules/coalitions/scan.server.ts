import { randomUUID } from "node:crypto";
import { db } from "~/utils/db.server";
import { ASPECTS } from "./aspects";
import { scanResults } from "./scan-results";

/** Opens the next round (1, 2 ...); refused while one is open. */
export async function openRound(
  coalitionId: string,
  now = new Date(),
): Promise<"opened" | "already-open"> {
  return db.$transaction(async (tx) => {
    if (await tx.scanRound.count({ where: { coalitionId, closedAt: null } })) return "already-open";
    const last = await tx.scanRound.aggregate({ where: { coalitionId }, _max: { number: true } });
    await tx.scanRound.create({
      data: { coalitionId, number: (last._max.number ?? 0) + 1, openedAt: now },
    });
    return "opened";
  });
}

export async function closeRound(coalitionId: string, now = new Date()) {
  await db.scanRound.updateMany({
    where: { coalitionId, closedAt: null },
    data: { closedAt: now },
  });
}

export type ScanSubmit = "submitted" | "already-submitted" | "not-open";

/**
 * A member's scan, exactly once per round, in one statement like the
 * evaluation: the receipt (round + user) first, ON CONFLICT DO NOTHING; only
 * when it went in, the response with a random id, the partner organisation
 * and the answers, none of which carry the user or a time.
 */
export async function submitScan({
  coalitionId,
  userId,
  orgId,
  answers,
}: {
  coalitionId: string;
  userId: string;
  orgId: string;
  answers: { aspect: string; score: number; why: string }[];
}): Promise<ScanSubmit> {
  const [result] = await db.$queryRaw<{ open: boolean; submitted: boolean }[]>`
    WITH round AS (
           SELECT "id" FROM "ScanRound" WHERE "coalitionId" = ${coalitionId} AND "closedAt" IS NULL ORDER BY "number" DESC LIMIT 1),
         receipt AS (
           INSERT INTO "ScanReceipt" ("roundId", "userId")
           SELECT round."id", ${userId} FROM round
           ON CONFLICT DO NOTHING RETURNING "roundId"),
         response AS (
           INSERT INTO "ScanResponse" ("id", "roundId", "orgId")
           SELECT ${randomUUID()}, receipt."roundId", ${orgId} FROM receipt
           RETURNING "id"),
         answers AS (
           INSERT INTO "ScanAnswer" ("responseId", "aspect", "score", "why")
           SELECT response."id", a."aspect", a."score", a."why"
             FROM response, jsonb_to_recordset(${JSON.stringify(answers)}::jsonb) AS a("aspect" text, "score" int, "why" text)
           RETURNING 1)
    SELECT EXISTS (SELECT 1 FROM round) AS "open", EXISTS (SELECT 1 FROM receipt) AS "submitted", (SELECT count(*) FROM answers) AS "answers"`;
  if (!result.open) return "not-open";
  return result.submitted ? "submitted" : "already-submitted";
}

/** Whether this person already took part in the open round. */
export async function hasSubmitted(roundId: string, userId: string) {
  return (await db.scanReceipt.count({ where: { roundId, userId } })) > 0;
}

/** The results of every round, each under the disclosure rules of scanResults. */
export async function roundResults(coalitionId: string) {
  const [rounds, partners] = await Promise.all([
    db.scanRound.findMany({
      where: { coalitionId },
      orderBy: { number: "asc" },
      select: {
        id: true,
        number: true,
        openedAt: true,
        closedAt: true,
        responses: {
          select: { orgId: true, answers: { select: { aspect: true, score: true, why: true } } },
        },
      },
    }),
    db.coalitionPartner.findMany({
      where: { coalitionId },
      orderBy: { joinedAt: "asc" },
      select: { org: { select: { id: true, name: true } } },
    }),
  ]);
  return rounds.map(({ responses, ...round }) => ({
    ...round,
    ...scanResults(
      round.id,
      responses,
      partners.map((partner) => partner.org),
    ),
  }));
}

export const scanAnswersFrom = (data: Record<string, unknown>) =>
  ASPECTS.map((aspect) => ({
    aspect,
    score: Number(data[`score-${aspect}`]),
    why: String(data[`why-${aspect}`] ?? ""),
  }));
