import { db } from "~/utils/db.server";

/** The cohorts this person currently belongs to, newest first, with their role in each. */
export async function listMyCohorts({ userId }: { userId: string }) {
  const memberships = await db.cohortMember.findMany({
    where: { userId, removedAt: null },
    orderBy: { cohort: { startsOn: "desc" } },
    select: {
      role: true,
      cohort: {
        select: {
          id: true,
          name: true,
          place: true,
          startsOn: true,
          endsOn: true,
          archivedAt: true,
          isDemo: true,
          _count: { select: { members: { where: { role: "PARTICIPANT", removedAt: null } } } },
        },
      },
    },
  });
  return memberships.map(({ role, cohort }) => ({
    id: cohort.id,
    name: cohort.name,
    place: cohort.place,
    startsOn: cohort.startsOn,
    endsOn: cohort.endsOn,
    participants: cohort._count.members,
    role,
    archived: Boolean(cohort.archivedAt),
    isDemo: cohort.isDemo,
  }));
}
