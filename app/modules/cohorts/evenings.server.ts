import { db } from "~/utils/db.server";
import { amsterdamToUtc } from "./local-time";

/** Plans an evening; modules to prepare are kept only when they are in the cohort's course run. */
export async function planEvening(input: {
  cohortId: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  topic: string;
  prepareModules: string[];
}) {
  const known = await db.cohortModule.findMany({
    where: { cohortId: input.cohortId, moduleKey: { in: input.prepareModules } },
    select: { moduleKey: true },
  });
  const when = {
    startsAt: amsterdamToUtc(input.date, input.startTime),
    endsAt: amsterdamToUtc(input.date, input.endTime),
  };
  // A second click (or a resent form) plans nothing new: the same evening is already there.
  const same = await db.evening.findFirst({
    where: { cohortId: input.cohortId, ...when, place: input.place, topic: input.topic },
    select: { id: true },
  });
  if (same) return same;
  return db.evening.create({
    data: {
      cohortId: input.cohortId,
      ...when,
      place: input.place,
      topic: input.topic,
      prepareModules: known.map((module) => module.moduleKey),
    },
    select: { id: true },
  });
}

/** All evenings of a cohort in date order, with how many were present (for the facilitator). */
export function listEvenings({ cohortId }: { cohortId: string }) {
  return db.evening.findMany({
    where: { cohortId },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      place: true,
      topic: true,
      prepareModules: true,
      sequence: true,
      cancelledAt: true,
      cancelReason: true,
      _count: { select: { attendance: { where: { status: "PRESENT" } } } },
    },
  });
}

export function getEvening({ cohortId, eveningId }: { cohortId: string; eveningId: string }) {
  return db.evening.findFirst({
    where: { id: eveningId, cohortId },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      place: true,
      topic: true,
      prepareModules: true,
      sequence: true,
      cancelledAt: true,
      cancelReason: true,
      cohort: { select: { name: true } },
    },
  });
}
