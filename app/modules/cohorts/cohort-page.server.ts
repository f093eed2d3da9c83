import { db } from "~/utils/db.server";
import type { Domain } from "~/modules/people/types";
import { domainMix } from "./domain-mix";

/**
 * What every member of a cohort may see: its basics, the domain mix, the
 * people (name and sector only, never contact details) and the next evenings.
 */
export async function getCohortPage({ cohortId, sector }: { cohortId: string; sector?: Domain }) {
  const cohort = await db.cohort.findUnique({
    where: { id: cohortId },
    select: {
      id: true,
      name: true,
      place: true,
      startsOn: true,
      endsOn: true,
      capacity: true,
      isDemo: true,
      organisations: { select: { org: { select: { name: true } } } },
      members: {
        where: { removedAt: null },
        orderBy: { user: { name: "asc" } },
        select: { role: true, user: { select: { id: true, name: true, domain: true } } },
      },
      evenings: {
        where: { endsAt: { gte: new Date() } },
        orderBy: { startsAt: "asc" },
        take: 3,
        select: { id: true, startsAt: true, endsAt: true, place: true, topic: true },
      },
    },
  });
  if (!cohort) return null;
  const participants = cohort.members
    .filter((member) => member.role === "PARTICIPANT")
    .map((member) => member.user);
  const staff = cohort.members
    .filter((member) => member.role !== "PARTICIPANT")
    .map((member) => ({ name: member.user.name, role: member.role }));
  return {
    id: cohort.id,
    name: cohort.name,
    place: cohort.place,
    startsOn: cohort.startsOn,
    endsOn: cohort.endsOn,
    capacity: cohort.capacity,
    isDemo: cohort.isDemo,
    organisations: cohort.organisations.map(({ org }) => org.name),
    mix: domainMix(participants.map((person) => person.domain)),
    people: participants.filter((person) => !sector || (person.domain ?? "ANDERS") === sector),
    participantCount: participants.length,
    staff,
    upcoming: cohort.evenings,
  };
}

/** Just the name, for page titles and mails. */
export function getCohortName({ cohortId }: { cohortId: string }) {
  return db.cohort.findUnique({ where: { id: cohortId }, select: { id: true, name: true } });
}
