import { todayInAmsterdam } from "~/utils/dates";
import { db } from "~/utils/db.server";

export type EveningDateDoubt = "past" | "beforeStart" | "afterEnd";

/**
 * Why a facilitator might have typed the wrong date for an evening (`date` is
 * yyyy-mm-dd, Dutch time): it lies in the past, or outside the cohort's dates.
 * Such a date is allowed after an explicit "yes, this date"; null when it fits.
 */
export async function eveningDateDoubt({
  cohortId,
  date,
  now = new Date(),
}: {
  cohortId: string;
  date: string;
  now?: Date;
}): Promise<EveningDateDoubt | null> {
  const day = new Date(`${date}T00:00:00.000Z`);
  if (day < todayInAmsterdam(now)) return "past";
  const cohort = await db.cohort.findUnique({
    where: { id: cohortId },
    select: { startsOn: true, endsOn: true },
  });
  if (cohort && day < cohort.startsOn) return "beforeStart";
  if (cohort && day > cohort.endsOn) return "afterEnd";
  return null;
}
