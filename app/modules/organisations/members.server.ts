import { db } from "~/utils/db.server";

/** An organisation with its members; callers have passed requireOrgAdmin(orgId). */
/** The organisation with its pending requests and (when `userIds` is given) only those active members: one page. */
export function getOrganisationForAdmin({ orgId, userIds }: { orgId: string; userIds?: string[] }) {
  return db.organisation.findUnique({
    where: { id: orgId },
    select: {
      id: true,
      name: true,
      type: true,
      town: true,
      memberships: {
        ...(userIds ? { where: { OR: [{ status: "PENDING" }, { userId: { in: userIds } }] } } : {}),
        orderBy: { createdAt: "asc" },
        select: {
          role: true,
          status: true,
          user: { select: { id: true, name: true, domain: true, volunteerRole: true } },
        },
      },
    },
  });
}

/** Accepts or rejects a pending request; scoped to the organisation, so a foreign user id matches nothing. */
export async function decideMembership({
  orgId,
  userId,
  accept,
}: {
  orgId: string;
  userId: string;
  accept: boolean;
}) {
  if (accept) {
    return db.orgMembership.updateMany({
      where: { orgId, userId, status: "PENDING" },
      data: { status: "ACTIVE" },
    });
  }
  return db.orgMembership.deleteMany({ where: { orgId, userId, status: "PENDING" } });
}

export function createOrganisation(input: {
  name: string;
  type: "SPORTVERENIGING" | "WELZIJNSORGANISATIE" | "ZORGORGANISATIE" | "OVERIG";
  town: string;
}) {
  return db.organisation.create({ data: input, select: { id: true } });
}

export function listOrganisationsWithCounts() {
  return db.organisation.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      type: true,
      town: true,
      _count: { select: { memberships: true } },
    },
  });
}

export function listPeople({ take = 200 }: { take?: number } = {}) {
  return db.user.findMany({
    orderBy: { name: "asc" },
    take,
    select: { id: true, name: true, email: true, role: true, domain: true },
  });
}

export function setPlatformRole({
  userId,
  role,
}: {
  userId: string;
  role: "PARTICIPANT" | "FACILITATOR" | "ADMIN";
}) {
  return db.user.updateMany({ where: { id: userId }, data: { role } });
}
