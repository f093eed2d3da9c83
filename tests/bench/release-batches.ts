/**
 * Release batches for responses a data set writes in bulk (decision 008,
 * rule 6): per cohort, in batches of exactly 5 as serial submits would form
 * them (order by the random id), after any batch the cohort already has; the
 * last 1-4 of a cohort stay waiting.
 */
export const RELEASE_IN_BATCHES_OF_5 = `
  UPDATE "EvaluationResponse" r SET "releaseBatch" = x."batch" + COALESCE(done."last", 0)
    FROM (SELECT "id", "cohortId", (row_number() OVER w - 1) / 5 + 1 AS "batch", row_number() OVER w AS "rn", count(*) OVER (PARTITION BY "cohortId") AS "n"
            FROM "EvaluationResponse" WHERE "releaseBatch" IS NULL WINDOW w AS (PARTITION BY "cohortId" ORDER BY "id")) x
    LEFT JOIN (SELECT "cohortId", max("releaseBatch") AS "last" FROM "EvaluationResponse" GROUP BY "cohortId") done ON done."cohortId" = x."cohortId"
   WHERE r."id" = x."id" AND x."rn" <= 5 * (x."n" / 5)`;
