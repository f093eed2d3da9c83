import type { PrismaClient } from "~/generated/prisma/client";
import { MIN_GROUP_SIZE } from "~/utils/disclosure-threshold";

/**
 * Release batches (decision 008, rule 6). A response counts in a report,
 * comparison or export only once it belongs to a release batch of its
 * cohort. A batch is formed as soon as at least MIN_GROUP_SIZE responses of
 * the cohort wait: all waiting responses get the next batch number at once.
 * So the set a report is computed over grows in steps of at least 5, and two
 * results read at different times differ by 0 or by at least 5 responses.
 * What stays behind when the evaluation closes (1-4 responses) is never shown.
 *
 * Only a batch number is stored, never a time: responses stay unlinkable to
 * receipts beyond "one of these 5 or more".
 */

/**
 * Serialises releases per cohort for the rest of the transaction. Without it,
 * two submits at the same moment could each see 4 waiting responses plus their
 * own and release twice, or release one response on its own.
 */
export const releaseLock = (db: PrismaClient, cohortId: string) =>
  db.$queryRaw`SELECT 1 AS "locked" FROM pg_advisory_xact_lock(hashtext('evaluation-release'), hashtext(${cohortId}))`;

/** Releases the waiting responses of a cohort as one new batch when there are at least 5. Run after `releaseLock` in the same transaction. */
export const releaseWaiting = (db: PrismaClient, cohortId: string) => db.$executeRaw`
  WITH waiting AS (SELECT "id" FROM "EvaluationResponse" WHERE "cohortId" = ${cohortId} AND "releaseBatch" IS NULL),
       next AS (SELECT COALESCE(max("releaseBatch"), 0) + 1 AS "batch" FROM "EvaluationResponse" WHERE "cohortId" = ${cohortId})
  UPDATE "EvaluationResponse" SET "releaseBatch" = (SELECT "batch" FROM next)
   WHERE "id" IN (SELECT "id" FROM waiting) AND (SELECT count(*) FROM waiting) >= ${MIN_GROUP_SIZE}`;

/** For responses written in bulk (demo seed, data sets): the same rule, in its own transaction. */
export async function releaseWaitingResponses(
  db: PrismaClient,
  { cohortId }: { cohortId: string },
): Promise<void> {
  await db.$transaction([releaseLock(db, cohortId), releaseWaiting(db, cohortId)]);
}
