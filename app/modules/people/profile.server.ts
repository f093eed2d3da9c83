import { db } from "~/utils/db.server";
import type { Domain, VolunteerRole } from "./types";

export function getProfile({ userId }: { userId: string }) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      domain: true,
      volunteerRole: true,
      role: true,
      memberships: {
        select: { role: true, status: true, org: { select: { id: true, name: true, type: true } } },
      },
    },
  });
}

export async function updateProfile(input: {
  userId: string;
  name: string;
  domain: Domain;
  volunteerRole: VolunteerRole;
  orgId?: string;
}) {
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: input.userId },
      data: { name: input.name, domain: input.domain, volunteerRole: input.volunteerRole },
    });
    if (input.orgId && (await tx.organisation.count({ where: { id: input.orgId } }))) {
      // A request: the organisation's admin accepts it before it counts.
      await tx.orgMembership.upsert({
        where: { userId_orgId: { userId: input.userId, orgId: input.orgId } },
        create: { userId: input.userId, orgId: input.orgId },
        update: {},
      });
    }
  });
}

export function listOrganisations() {
  return db.organisation.findMany({
    select: { id: true, name: true, type: true, town: true },
    orderBy: { name: "asc" },
  });
}
