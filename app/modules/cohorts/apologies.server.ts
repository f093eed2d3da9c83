import { db } from "~/utils/db.server";

type Result = { ok: true } | { ok: false; errors: Record<string, string> };

/**
 * A participant says in advance that they cannot come. Stored in
 * EveningApology (one row per evening and person); the attendance form starts
 * with them on "afgemeld" (EXCUSED), and evening reminders can skip them.
 */
export async function sendApology({
  cohortId,
  eveningId,
  userId,
  reason,
}: {
  cohortId: string;
  eveningId: string;
  userId: string;
  reason?: string;
}): Promise<Result> {
  const evening = await db.evening.findFirst({
    where: { id: eveningId, cohortId },
    select: { endsAt: true, cancelledAt: true },
  });
  if (!evening) return { ok: false, errors: { form: "season.errors.eveningGone" } };
  if (evening.cancelledAt) return { ok: false, errors: { form: "season.errors.eveningCancelled" } };
  if (evening.endsAt.getTime() < Date.now())
    return { ok: false, errors: { form: "season.errors.eveningPast" } };
  if (
    !(await db.cohortMember.count({
      where: { cohortId, userId, role: "PARTICIPANT", removedAt: null },
    }))
  )
    return { ok: false, errors: { form: "errors.invalid" } };
  await db.eveningApology.upsert({
    where: { eveningId_userId: { eveningId, userId } },
    create: { eveningId, userId, reason: reason ?? null },
    update: { reason: reason ?? null },
  });
  return { ok: true };
}

export async function withdrawApology({
  cohortId,
  eveningId,
  userId,
}: {
  cohortId: string;
  eveningId: string;
  userId: string;
}): Promise<Result> {
  const deleted = await db.eveningApology.deleteMany({
    where: { eveningId, userId, evening: { cohortId, endsAt: { gte: new Date() } } },
  });
  return deleted.count
    ? { ok: true }
    : { ok: false, errors: { form: "season.errors.eveningPast" } };
}

export type AttendanceOutlook = {
  attended: number;
  needed: number;
  remaining: number;
  reachable: boolean;
  met: boolean;
};

/**
 * Whether the attendance minimum can still be reached: evenings attended,
 * plus evenings still to come that are not cancelled, not yet recorded and
 * not apologised for.
 */
function outlook(needed: number, attended: number, remaining: number): AttendanceOutlook {
  return {
    attended,
    needed,
    remaining,
    met: attended >= needed,
    reachable: attended + remaining >= needed,
  };
}

/** The attendance outlook of every current participant (or one), in one query. */
export async function attendanceOutlooks({
  cohortId,
  userId,
}: {
  cohortId: string;
  userId?: string;
}) {
  const cohort = await db.cohort.findUnique({
    where: { id: cohortId },
    select: { minEvenings: true },
  });
  if (!cohort) return [];
  const rows = await db.$queryRaw<
    { userId: string; name: string; attended: number; remaining: number }[]
  >`
    SELECT m."userId", u."name",
           (SELECT count(*)::int FROM "Attendance" a JOIN "Evening" e ON e."id" = a."eveningId"
             WHERE a."userId" = m."userId" AND e."cohortId" = ${cohortId} AND e."cancelledAt" IS NULL AND a."status" = 'PRESENT') AS "attended",
           (SELECT count(*)::int FROM "Evening" e
             WHERE e."cohortId" = ${cohortId} AND e."cancelledAt" IS NULL AND e."endsAt" >= now()
               AND NOT EXISTS (SELECT 1 FROM "Attendance" a WHERE a."eveningId" = e."id" AND a."userId" = m."userId")
               AND NOT EXISTS (SELECT 1 FROM "EveningApology" p WHERE p."eveningId" = e."id" AND p."userId" = m."userId")) AS "remaining"
      FROM "CohortMember" m JOIN "User" u ON u."id" = m."userId"
     WHERE m."cohortId" = ${cohortId} AND m."role" = 'PARTICIPANT' AND m."removedAt" IS NULL
       AND (${userId ?? null}::text IS NULL OR m."userId" = ${userId ?? null})
     ORDER BY u."name"`;
  return rows.map((row) => ({
    userId: row.userId,
    name: row.name,
    ...outlook(cohort.minEvenings, row.attended, row.remaining),
  }));
}

/** A participant's own attendance and apologies per evening of the cohort. */
export async function myEveningStatus({ cohortId, userId }: { cohortId: string; userId: string }) {
  const [attendance, apologies] = await Promise.all([
    db.attendance.findMany({
      where: { userId, evening: { cohortId } },
      select: { eveningId: true, status: true },
    }),
    db.eveningApology.findMany({
      where: { userId, evening: { cohortId } },
      select: { eveningId: true, reason: true },
    }),
  ]);
  return {
    attendance: Object.fromEntries(attendance.map((row) => [row.eveningId, row.status])) as Record<
      string,
      "PRESENT" | "ABSENT" | "EXCUSED"
    >,
    apologies: Object.fromEntries(
      apologies.map((row) => [row.eveningId, row.reason ?? ""]),
    ) as Record<string, string>,
  };
}

/** How many apologised per evening of the cohort (for the staff's list). */
export async function apologyCounts({ cohortId }: { cohortId: string }) {
  const rows = await db.eveningApology.groupBy({
    by: ["eveningId"],
    where: { evening: { cohortId } },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((row) => [row.eveningId, row._count._all])) as Record<
    string,
    number
  >;
}
