import { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";

/*
 * "Two worlds, one task" (decision 017): in a cohort with participants from
 * both sport and zorg/welzijn, a participant's Praktijkcasus from a lesson
 * counts once someone from the other world has replied to it. The facilitator
 * can switch this off per cohort (Cohort.crossSectorCase).
 */

/** Visible replies to a visible case from a lesson, where case and reply come from different worlds. */
const answeredByOtherWorld = (caseAlias: string) =>
  Prisma.raw(`
  EXISTS (SELECT 1 FROM "ForumReply" r
           WHERE r."caseId" = ${caseAlias}."id" AND r."deletedAt" IS NULL AND r."hiddenAt" IS NULL
             AND ((${caseAlias}."authorDomain" = 'SPORT' AND r."authorDomain" IN ('ZORG', 'WELZIJN'))
               OR (${caseAlias}."authorDomain" IN ('ZORG', 'WELZIJN') AND r."authorDomain" = 'SPORT')))`);

/**
 * Two columns for the completion query: whether the rule applies to this
 * person (switched on, the cohort is mixed, and they are from sport or
 * zorg/welzijn themselves) and whether they have such an answered case.
 */
export function crossSectorSql(cohortId: string | Prisma.Sql, userId: string | Prisma.Sql) {
  // `(SELECT true … LIMIT 1)` rather than EXISTS: checked for many people at once (a club's register),
  // PostgreSQL turned each EXISTS into a hash of the whole table (tests/integration/query-plans.test.ts).
  return Prisma.sql`
    ((SELECT "crossSectorCase" FROM "Cohort" WHERE "id" = ${cohortId})
      AND COALESCE((SELECT true FROM "User" WHERE "id" = ${userId} AND "domain" IN ('SPORT', 'ZORG', 'WELZIJN') LIMIT 1), false)
      AND COALESCE((SELECT true FROM "CohortMember" m JOIN "User" u ON u."id" = m."userId" WHERE m."cohortId" = ${cohortId} AND m."role" = 'PARTICIPANT' AND m."removedAt" IS NULL AND u."domain" = 'SPORT' LIMIT 1), false)
      AND COALESCE((SELECT true FROM "CohortMember" m JOIN "User" u ON u."id" = m."userId" WHERE m."cohortId" = ${cohortId} AND m."role" = 'PARTICIPANT' AND m."removedAt" IS NULL AND u."domain" IN ('ZORG', 'WELZIJN') LIMIT 1), false)
    ) AS "crossSectorRequired",
    COALESCE((SELECT true FROM "ForumCase" fc
               WHERE fc."cohortId" = ${cohortId} AND fc."authorId" = ${userId} AND fc."moduleKey" IS NOT NULL
                 AND fc."deletedAt" IS NULL AND fc."hiddenAt" IS NULL AND ${answeredByOtherWorld("fc")} LIMIT 1), false) AS "crossSectorAnswered"`;
}

export type WaitingCase = { id: string; title: string; moduleKey: string; createdAt: string };

/**
 * Cases from lessons in this cohort still waiting for a reply from the other
 * world (for the facilitator), as a JSON array column of the dashboard's query.
 */
export function casesWaitingSql(cohortId: string) {
  return Prisma.sql`
    COALESCE((SELECT json_agg(json_build_object('id', fc."id", 'title', fc."title", 'moduleKey', fc."moduleKey",
                                                'createdAt', to_char(fc."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                              ORDER BY fc."createdAt" ASC)
                FROM "ForumCase" fc
               WHERE fc."cohortId" = ${cohortId} AND fc."moduleKey" IS NOT NULL AND fc."deletedAt" IS NULL AND fc."hiddenAt" IS NULL
                 AND fc."authorDomain" IN ('SPORT', 'ZORG', 'WELZIJN')
                 AND NOT ${answeredByOtherWorld("fc")}), '[]'::json)`;
}

/**
 * For one case: null when the rule does not apply, else whether the other
 * world has replied; `sport` and `social` say whether a visible reply came from
 * either side (counted in SQL, so the thread need not load every reply).
 */
export function crossSectorFromSides(
  found: { moduleKey: string | null; authorDomain: string | null },
  replied: { sport: boolean; social: boolean },
): "waiting" | "answered" | null {
  const side = sideOf(found.authorDomain);
  if (!found.moduleKey || !side) return null;
  return (side === "sport" ? replied.social : replied.sport) ? "answered" : "waiting";
}

const sideOf = (domain: string | null) =>
  domain === "SPORT" ? "sport" : domain === "ZORG" || domain === "WELZIJN" ? "social" : null;

/** The cohort's switch and whether the rule applies now (both worlds among the participants). */
export async function getTwoWorldsSetting({ cohortId }: { cohortId: string }) {
  const [cohort, participants] = await Promise.all([
    db.cohort.findUnique({ where: { id: cohortId }, select: { crossSectorCase: true } }),
    db.cohortMember.findMany({
      where: { cohortId, role: "PARTICIPANT", removedAt: null },
      select: { user: { select: { domain: true } } },
    }),
  ]);
  const domains = participants.map((row) => row.user.domain);
  const mixed =
    domains.includes("SPORT") &&
    domains.some((domain) => domain === "ZORG" || domain === "WELZIJN");
  return { on: cohort?.crossSectorCase ?? false, mixed };
}

export async function setTwoWorlds({ cohortId, on }: { cohortId: string; on: boolean }) {
  await db.cohort.update({ where: { id: cohortId }, data: { crossSectorCase: on } });
}
