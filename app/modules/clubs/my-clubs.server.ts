import { db } from "~/utils/db.server";
import { todayInAmsterdam } from "~/utils/dates";
import { vogStatus } from "./vog";

/** Every club link of this person with exactly what the club records about them (for /account/clubs). */
export async function listMyClubs({ userId }: { userId: string }) {
  const rows = await db.orgMembership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      status: true,
      role: true,
      volunteerTypes: true,
      trainedConfirmedAt: true,
      trainedConfirmedById: true,
      vogSeenOn: true,
      vogSeenById: true,
      org: { select: { id: true, name: true, town: true } },
    },
  });
  const ids = [
    ...new Set(
      rows
        .flatMap((row) => [row.trainedConfirmedById, row.vogSeenById])
        .filter((id): id is string => Boolean(id)),
    ),
  ];
  const admins = ids.length
    ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    : [];
  const name = new Map(admins.map((admin) => [admin.id, admin.name]));
  const today = todayInAmsterdam();
  return rows.map((row) => ({
    org: row.org,
    status: row.status,
    isAdmin: row.role === "ADMIN",
    volunteerTypes: row.volunteerTypes,
    trainedConfirmedAt: row.trainedConfirmedAt,
    trainedConfirmedBy: row.trainedConfirmedById
      ? (name.get(row.trainedConfirmedById) ?? null)
      : null,
    vogSeenOn: row.vogSeenOn,
    vogSeenBy: row.vogSeenById ? (name.get(row.vogSeenById) ?? null) : null,
    vog: vogStatus({ seenOn: row.vogSeenOn, today }),
  }));
}

/** Asks to be linked to a club: PENDING until its admin accepts. An existing link stays as it is. */
export async function requestMembership({
  userId,
  orgId,
}: {
  userId: string;
  orgId: string;
}): Promise<boolean> {
  if (!(await db.organisation.count({ where: { id: orgId } }))) return false;
  await db.orgMembership.upsert({
    where: { userId_orgId: { userId, orgId } },
    create: { userId, orgId },
    update: {},
  });
  return true;
}

/** Leaves a club: the link and everything the club recorded about this person are deleted. */
export async function leaveClub({
  userId,
  orgId,
}: {
  userId: string;
  orgId: string;
}): Promise<boolean> {
  const result = await db.orgMembership.deleteMany({ where: { userId, orgId } });
  return result.count === 1;
}

/** Organisations this person could still ask to join. */
export function listJoinableOrganisations({ userId }: { userId: string }) {
  return db.organisation.findMany({
    where: { memberships: { none: { userId } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, town: true },
  });
}
