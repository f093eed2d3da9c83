import type { Prisma } from "~/generated/prisma/client";

/** Thrown inside a transaction when the cohort has no seat left. */
export class CohortFull extends Error {}

/**
 * Adds a participant to a cohort inside the caller's transaction, if there is
 * a seat. The cohort row is locked first (FOR UPDATE), so two people taking
 * the last seat at the same moment queue up: the second sees the first and
 * gets CohortFull instead of a seat over capacity.
 */
export async function takeSeat(
  tx: Prisma.TransactionClient,
  { cohortId, userId }: { cohortId: string; userId: string },
): Promise<void> {
  const [cohort] = await tx.$queryRaw<{ capacity: number | null; participants: number }[]>`
    SELECT c."capacity",
           (SELECT count(*)::int FROM "CohortMember" m WHERE m."cohortId" = c."id" AND m."role" = 'PARTICIPANT' AND m."removedAt" IS NULL) AS "participants"
      FROM "Cohort" c WHERE c."id" = ${cohortId} FOR UPDATE OF c`;
  if (!cohort) throw new CohortFull();
  if (cohort.capacity !== null && cohort.participants >= cohort.capacity) throw new CohortFull();
  await tx.cohortMember.create({ data: { cohortId, userId, role: "PARTICIPANT" } });
}

/** takeSeat for callers outside this domain: false when the cohort is full (the caller rolls back). */
export async function tryTakeSeat(
  tx: Prisma.TransactionClient,
  seat: { cohortId: string; userId: string },
): Promise<boolean> {
  try {
    await takeSeat(tx, seat);
    return true;
  } catch (error) {
    if (error instanceof CohortFull) return false;
    throw error;
  }
}
