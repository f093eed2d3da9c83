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
 * Releasing runs in the database function evaluation_release_waiting
 * (migration 20261207010000): it first takes a per-cohort lock for the rest of
 * the transaction, so that two submits at the same moment cannot each see 4
 * waiting responses plus their own and release twice, or release one response
 * on its own; then, when at least MIN_GROUP_SIZE responses wait, it gives all
 * of them the next batch number. The submit (evaluation_submit) calls it in
 * the same statement.
 */

/** For responses written in bulk (demo seed, data sets): the same rule, in one statement. */
export async function releaseWaitingResponses(
  db: PrismaClient,
  { cohortId }: { cohortId: string },
): Promise<void> {
  await db.$queryRaw`SELECT evaluation_release_waiting(${cohortId}, ${MIN_GROUP_SIZE}::int) AS "released"`;
}
