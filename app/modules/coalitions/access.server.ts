import { forbidden, notFound, requireUser } from "~/modules/auth/guards.server";
import type { SessionUser } from "~/modules/auth/session.server";
import { db } from "~/utils/db.server";
import { isId } from "~/utils/ids";

export type CoalitionAccess = {
  user: SessionUser;
  coalitionId: string;
  /** Their current seat in the coalition (null for a partner's administrator or a platform admin who is not a member). */
  member: { orgId: string; role: "MEMBER" | "COORDINATOR"; roleTitle: string } | null;
  /** Partner organisations of which they are an active administrator: they may add and remove their own people. */
  adminOrgIds: string[];
  coordinator: boolean;
  platformAdmin: boolean;
};

/**
 * Who may look at a coalition: its current members, the administrators of its
 * partner organisations and platform admins. Malformed or unknown ids are 404,
 * everyone else 403.
 */
export async function requireCoalitionReader(
  request: Request,
  coalitionId: string | undefined,
): Promise<CoalitionAccess> {
  const user = await requireUser(request);
  if (!isId(coalitionId)) notFound();
  const coalition = await db.coalition.findUnique({
    where: { id: coalitionId },
    select: {
      members: {
        where: { userId: user.id, leftAt: null },
        select: { orgId: true, role: true, roleTitle: true },
      },
      partners: {
        where: {
          org: { memberships: { some: { userId: user.id, role: "ADMIN", status: "ACTIVE" } } },
        },
        select: { orgId: true },
      },
    },
  });
  if (!coalition) notFound();
  const member = coalition.members[0] ?? null;
  const platformAdmin = user.role === "ADMIN";
  const adminOrgIds = coalition.partners.map((partner) => partner.orgId);
  if (!member && !adminOrgIds.length && !platformAdmin) forbidden();
  return {
    user,
    coalitionId,
    member,
    adminOrgIds,
    platformAdmin,
    coordinator: member?.role === "COORDINATOR" || platformAdmin,
  };
}

/** Organisations of which this person is an active administrator (who may start a coalition on their behalf); all of them for a platform admin. */
export async function organisationsToStartFor(user: SessionUser) {
  if (user.role === "ADMIN")
    return db.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  return db.organisation.findMany({
    where: { memberships: { some: { userId: user.id, role: "ADMIN", status: "ACTIVE" } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
