import { db } from "~/utils/db.server";
import type { AttendanceStatus } from "./schemas.server";

/** The evening and every current participant with their recorded status (null = not yet taken). */
export async function getAttendanceSheet({
  cohortId,
  eveningId,
}: {
  cohortId: string;
  eveningId: string;
}) {
  const evening = await db.evening.findFirst({
    where: { id: eveningId, cohortId },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      topic: true,
      place: true,
      cancelledAt: true,
      attendance: { select: { userId: true, status: true } },
      apologies: { select: { userId: true, reason: true } },
    },
  });
  if (!evening) return null;
  const participants = await db.cohortMember.findMany({
    where: { cohortId, role: "PARTICIPANT", removedAt: null },
    orderBy: { user: { name: "asc" } },
    select: { user: { select: { id: true, name: true, domain: true } } },
  });
  const recorded = new Map(evening.attendance.map((row) => [row.userId, row.status]));
  // Who apologised in advance starts on EXCUSED ("afgemeld") until attendance is recorded.
  const apologies = new Map(evening.apologies.map((row) => [row.userId, row.reason ?? ""]));
  return {
    evening: {
      id: evening.id,
      startsAt: evening.startsAt,
      endsAt: evening.endsAt,
      topic: evening.topic,
      place: evening.place,
      cancelled: Boolean(evening.cancelledAt),
    },
    people: participants.map(({ user }) => ({
      ...user,
      status: recorded.get(user.id) ?? (apologies.has(user.id) ? ("EXCUSED" as const) : null),
      apologised: apologies.has(user.id),
      apologyReason: apologies.get(user.id) || null,
    })),
  };
}

/**
 * Stores the attendance of one evening in one transaction. Statuses for
 * people who are not current participants of this cohort are ignored;
 * "not-found" when the evening is not in this cohort, "cancelled" when the
 * evening was cancelled (nobody can attend it; it does not count towards the
 * minimum either way).
 */
export async function saveAttendance(input: {
  cohortId: string;
  eveningId: string;
  recordedById: string;
  statuses: Record<string, AttendanceStatus>;
}): Promise<"saved" | "not-found" | "cancelled"> {
  const evening = await db.evening.findFirst({
    where: { id: input.eveningId, cohortId: input.cohortId },
    select: { id: true, cancelledAt: true },
  });
  if (!evening) return "not-found";
  if (evening.cancelledAt) return "cancelled";
  const participants = await db.cohortMember.findMany({
    where: {
      cohortId: input.cohortId,
      role: "PARTICIPANT",
      removedAt: null,
      userId: { in: Object.keys(input.statuses) },
    },
    select: { userId: true },
  });
  const now = new Date();
  await db.$transaction(
    participants.map(({ userId }) =>
      db.attendance.upsert({
        where: { eveningId_userId: { eveningId: evening.id, userId } },
        create: {
          eveningId: evening.id,
          userId,
          status: input.statuses[userId],
          recordedById: input.recordedById,
        },
        update: {
          status: input.statuses[userId],
          recordedById: input.recordedById,
          recordedAt: now,
        },
      }),
    ),
  );
  return "saved";
}
