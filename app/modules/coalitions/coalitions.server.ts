import { db } from "~/utils/db.server";
import type { CoalitionAccess } from "./access.server";

/** Coalitions this person is a current member of, or administers a partner of. */
export function listMyCoalitions(userId: string) {
  return db.coalition.findMany({
    where: {
      OR: [
        { members: { some: { userId, leftAt: null } } },
        {
          partners: {
            some: { org: { memberships: { some: { userId, role: "ADMIN", status: "ACTIVE" } } } },
          },
        },
      ],
    },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      partners: { select: { org: { select: { name: true } } }, orderBy: { joinedAt: "asc" } },
    },
  });
}

/** A new coalition with the starter's organisation as first partner and the starter as coordinator. */
export async function createCoalition(input: {
  userId: string;
  orgId: string;
  name: string;
  ambition: string;
}) {
  return db.coalition.create({
    data: {
      name: input.name,
      ambition: input.ambition,
      createdById: input.userId,
      partners: { create: { orgId: input.orgId } },
      members: {
        create: {
          userId: input.userId,
          orgId: input.orgId,
          role: "COORDINATOR",
          roleTitle: "coördinator",
        },
      },
    },
    select: { id: true },
  });
}

/** Everything the coalition page shows; people appear by name and organisation only. */
export async function getCoalitionPage(access: CoalitionAccess) {
  const coalition = await db.coalition.findUniqueOrThrow({
    where: { id: access.coalitionId },
    select: {
      id: true,
      name: true,
      ambition: true,
      partners: {
        orderBy: { joinedAt: "asc" },
        select: { org: { select: { id: true, name: true, type: true } } },
      },
      members: {
        where: { leftAt: null },
        orderBy: [{ role: "desc" }, { joinedAt: "asc" }],
        select: {
          role: true,
          roleTitle: true,
          orgId: true,
          user: { select: { id: true, name: true } },
        },
      },
      cohorts: {
        select: { cohort: { select: { id: true, name: true, place: true, startsOn: true } } },
      },
    },
  });
  const partnerIds = coalition.partners.map((partner) => partner.org.id);
  const memberIds = new Set(coalition.members.map((member) => member.user.id));
  // The people a partner's administrator may add: the active members of their own organisation.
  const candidates =
    access.adminOrgIds.length || access.platformAdmin
      ? await db.orgMembership.findMany({
          where: {
            orgId: { in: access.platformAdmin ? partnerIds : access.adminOrgIds },
            status: "ACTIVE",
          },
          orderBy: { user: { name: "asc" } },
          select: { orgId: true, user: { select: { id: true, name: true } } },
        })
      : [];
  const otherOrgs = access.coordinator
    ? await db.organisation.findMany({
        where: { id: { notIn: partnerIds } },
        orderBy: { name: "asc" },
        select: { id: true, name: true },
      })
    : [];
  const linkable = access.coordinator
    ? await linkableCohorts(
        access,
        coalition.cohorts.map((link) => link.cohort.id),
      )
    : [];
  const handover = access.member?.roleTitle
    ? await db.handoverNote.findUnique({
        where: {
          coalitionId_orgId_roleTitle: {
            coalitionId: access.coalitionId,
            orgId: access.member.orgId,
            roleTitle: access.member.roleTitle,
          },
        },
        select: { text: true, updatedAt: true, updatedById: true },
      })
    : null;
  const openAgreements = access.member
    ? await db.agreement.findMany({
        where: { coalitionId: access.coalitionId, ownerOrgId: access.member.orgId, status: "OPEN" },
        orderBy: { dueOn: "asc" },
        select: { id: true, text: true, personName: true, dueOn: true },
      })
    : [];
  return {
    ...coalition,
    candidates: candidates.filter((candidate) => !memberIds.has(candidate.user.id)),
    otherOrgs,
    linkable,
    // The handover note is meant for a successor: its writer does not need it shown back.
    handover:
      handover && handover.updatedById !== access.user.id
        ? { text: handover.text, updatedAt: handover.updatedAt }
        : null,
    openAgreements,
  };
}

/** Cohorts the coordinator may link: those of the partners, or that they run (all for a platform admin). */
async function linkableCohorts(access: CoalitionAccess, linked: string[]) {
  const partnerIds = (
    await db.coalitionPartner.findMany({
      where: { coalitionId: access.coalitionId },
      select: { orgId: true },
    })
  ).map((partner) => partner.orgId);
  return db.cohort.findMany({
    where: {
      id: { notIn: linked },
      OR: [
        { organisations: { some: { orgId: { in: partnerIds } } } },
        {
          members: {
            some: { userId: access.user.id, role: { not: "PARTICIPANT" }, removedAt: null },
          },
        },
      ],
    },
    orderBy: { startsOn: "desc" },
    take: 50,
    select: { id: true, name: true, place: true },
  });
}

export function updateCoalition(coalitionId: string, data: { name: string; ambition: string }) {
  return db.coalition.update({ where: { id: coalitionId }, data, select: { id: true } });
}

export async function addPartner(coalitionId: string, orgId: string): Promise<boolean> {
  if (!(await db.organisation.count({ where: { id: orgId } }))) return false;
  await db.coalitionPartner.createMany({ data: [{ coalitionId, orgId }], skipDuplicates: true });
  return true;
}

/** Links a cohort the coordinator may link (see linkableCohorts); anything else changes nothing. */
export async function linkCohort(access: CoalitionAccess, cohortId: string): Promise<boolean> {
  const allowed = await linkableCohorts(access, []);
  if (!allowed.some((cohort) => cohort.id === cohortId)) return false;
  await db.coalitionCohort.createMany({
    data: [{ coalitionId: access.coalitionId, cohortId }],
    skipDuplicates: true,
  });
  return true;
}

/**
 * A partner's administrator adds one of their organisation's active members
 * (a platform admin: of any partner). Someone who left earlier comes back.
 * Only the coordinator makes a coordinator.
 */
export async function addMember(
  access: CoalitionAccess,
  input: { userId: string; orgId: string; roleTitle: string; coordinator: boolean },
): Promise<boolean> {
  const mayAddFor = access.platformAdmin || access.adminOrgIds.includes(input.orgId);
  if (!mayAddFor) return false;
  const [partner, membership] = await Promise.all([
    db.coalitionPartner.count({ where: { coalitionId: access.coalitionId, orgId: input.orgId } }),
    db.orgMembership.count({
      where: { orgId: input.orgId, userId: input.userId, status: "ACTIVE" },
    }),
  ]);
  if (!partner || !membership) return false;
  const role = input.coordinator && access.coordinator ? "COORDINATOR" : "MEMBER";
  await db.coalitionMember.upsert({
    where: { coalitionId_userId: { coalitionId: access.coalitionId, userId: input.userId } },
    create: {
      coalitionId: access.coalitionId,
      userId: input.userId,
      orgId: input.orgId,
      role,
      roleTitle: input.roleTitle,
    },
    update: {
      orgId: input.orgId,
      role,
      roleTitle: input.roleTitle,
      leftAt: null,
      joinedAt: new Date(),
    },
  });
  return true;
}

/**
 * Someone leaves (themselves, or taken off by their organisation's
 * administrator or the coordinator). "forbidden" when the actor may not take
 * this person off; "unknown" when there is no current seat.
 */
export async function removeMember(
  access: CoalitionAccess,
  userId: string,
): Promise<"removed" | "unknown" | "forbidden"> {
  const seat = await db.coalitionMember.findUnique({
    where: { coalitionId_userId: { coalitionId: access.coalitionId, userId } },
    select: { orgId: true, leftAt: true },
  });
  const may =
    userId === access.user.id ||
    access.coordinator ||
    (seat ? access.adminOrgIds.includes(seat.orgId) : access.adminOrgIds.length > 0);
  if (!may) return "forbidden";
  if (!seat || seat.leftAt) return "unknown";
  await db.coalitionMember.update({
    where: { coalitionId_userId: { coalitionId: access.coalitionId, userId } },
    data: { leftAt: new Date() },
  });
  return "removed";
}
