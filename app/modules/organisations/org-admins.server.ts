import { db } from "~/utils/db.server";

type Result<T = object> = ({ ok: true } & T) | { ok: false; errors: Record<string, string> };

/** An organisation with its administrators, members, pending requests, cohorts and who of the club is enrolled. */
export async function getOrgManagement({ orgId }: { orgId: string }) {
  const org = await db.organisation.findUnique({
    where: { id: orgId },
    select: {
      id: true,
      name: true,
      type: true,
      town: true,
      region: true,
      memberships: {
        orderBy: { user: { name: "asc" } },
        select: {
          role: true,
          status: true,
          user: { select: { id: true, name: true, email: true } },
        },
      },
      cohorts: {
        orderBy: { cohort: { startsOn: "desc" } },
        select: {
          cohort: {
            select: {
              id: true,
              name: true,
              place: true,
              startsOn: true,
              endsOn: true,
              archivedAt: true,
            },
          },
        },
      },
    },
  });
  if (!org) return null;
  const memberIds = org.memberships
    .filter((row) => row.status === "ACTIVE")
    .map((row) => row.user.id);
  const cohortIds = org.cohorts.map((row) => row.cohort.id);
  const enrolled =
    memberIds.length && cohortIds.length
      ? await db.cohortMember.findMany({
          where: {
            cohortId: { in: cohortIds },
            userId: { in: memberIds },
            role: "PARTICIPANT",
            removedAt: null,
          },
          select: { cohortId: true, user: { select: { name: true } } },
          orderBy: { user: { name: "asc" } },
        })
      : [];
  return {
    id: org.id,
    name: org.name,
    type: org.type,
    town: org.town,
    region: org.region,
    admins: org.memberships
      .filter((row) => row.role === "ADMIN" && row.status === "ACTIVE")
      .map((row) => row.user),
    members: org.memberships
      .filter((row) => row.status === "ACTIVE")
      .map((row) => ({ ...row.user, isAdmin: row.role === "ADMIN" })),
    pending: org.memberships.filter((row) => row.status === "PENDING").map((row) => row.user),
    cohorts: org.cohorts.map(({ cohort }) => ({
      id: cohort.id,
      name: cohort.name,
      place: cohort.place,
      startsOn: cohort.startsOn,
      endsOn: cohort.endsOn,
      archived: Boolean(cohort.archivedAt),
      enrolled: enrolled.filter((row) => row.cohortId === cohort.id).map((row) => row.user.name),
    })),
  };
}

/** People whose name or e-mail contains the query (at least 2 characters), for the platform admin; at most 20. */
export async function searchPeople({
  query,
}: {
  query: string;
}): Promise<{ id: string; name: string; email: string }[]> {
  const q = query.trim();
  if (q.length < 2) return [];
  return db.user.findMany({
    where: {
      OR: [
        { name: { contains: q, mode: "insensitive" } },
        { email: { contains: q, mode: "insensitive" } },
      ],
    },
    orderBy: { name: "asc" },
    take: 20,
    select: { id: true, name: true, email: true },
  });
}

export async function updateOrganisation({
  orgId,
  data,
}: {
  orgId: string;
  data: {
    name: string;
    type: "SPORTVERENIGING" | "WELZIJNSORGANISATIE" | "ZORGORGANISATIE" | "OVERIG";
    town: string;
    region?: string;
  };
}) {
  await db.organisation.updateMany({
    where: { id: orgId },
    data: { ...data, region: data.region ?? null },
  });
}

/**
 * Makes someone an administrator of the organisation. An organisation admin
 * appoints among the club's active members; the platform admin may appoint
 * anyone (they become an active member too).
 */
export async function appointAdmin({
  orgId,
  userId,
  byPlatformAdmin,
}: {
  orgId: string;
  userId: string;
  byPlatformAdmin: boolean;
}): Promise<Result<{ name: string }>> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true } });
  if (!user) return { ok: false, errors: { userId: "season.errors.personUnknown" } };
  if (byPlatformAdmin) {
    await db.orgMembership.upsert({
      where: { userId_orgId: { userId, orgId } },
      create: { userId, orgId, role: "ADMIN", status: "ACTIVE" },
      update: { role: "ADMIN", status: "ACTIVE" },
    });
    return { ok: true, name: user.name };
  }
  const updated = await db.orgMembership.updateMany({
    where: { orgId, userId, status: "ACTIVE" },
    data: { role: "ADMIN" },
  });
  return updated.count
    ? { ok: true, name: user.name }
    : { ok: false, errors: { userId: "season.errors.notAMember" } };
}

/** Takes the admin role away (the person stays a member); never from the last administrator. */
export async function removeAdmin({
  orgId,
  userId,
}: {
  orgId: string;
  userId: string;
}): Promise<Result<{ name: string }>> {
  return db.$transaction(async (tx) => {
    const membership = await tx.orgMembership.findFirst({
      where: { orgId, userId, role: "ADMIN" },
      select: { user: { select: { name: true } } },
    });
    if (!membership) return { ok: false as const, errors: { userId: "season.errors.notAnAdmin" } };
    const admins = await tx.orgMembership.count({
      where: { orgId, role: "ADMIN", status: "ACTIVE" },
    });
    if (admins <= 1) return { ok: false as const, errors: { userId: "season.errors.lastAdmin" } };
    await tx.orgMembership.updateMany({ where: { orgId, userId }, data: { role: "MEMBER" } });
    return { ok: true as const, name: membership.user.name };
  });
}

/** Removes a member from the organisation (their account and course work stay); never the last administrator. */
export async function removeMember({
  orgId,
  userId,
}: {
  orgId: string;
  userId: string;
}): Promise<Result<{ name: string }>> {
  return db.$transaction(async (tx) => {
    const membership = await tx.orgMembership.findFirst({
      where: { orgId, userId },
      select: { role: true, user: { select: { name: true } } },
    });
    if (!membership) return { ok: false as const, errors: { userId: "season.errors.notAMember" } };
    if (
      membership.role === "ADMIN" &&
      (await tx.orgMembership.count({ where: { orgId, role: "ADMIN", status: "ACTIVE" } })) <= 1
    )
      return { ok: false as const, errors: { userId: "season.errors.lastAdmin" } };
    await tx.orgMembership.deleteMany({ where: { orgId, userId } });
    return { ok: true as const, name: membership.user.name };
  });
}
