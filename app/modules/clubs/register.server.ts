import { todayInAmsterdam } from "~/utils/dates";
import { getCompletion, getCompletions } from "~/modules/cohorts/completion.server";
import { db } from "~/utils/db.server";
import type { CourseStatus } from "./types";
import { vogStatus } from "./vog";

export type RegisterRow = Awaited<ReturnType<typeof getClubRegister>>[number];

/**
 * The club's volunteer register: only ACTIVE members (a member's consent is
 * their accepted link to the club), each with their course status, their
 * certificate and what the club recorded (volunteer types, VOG seen).
 * Callers have passed requireOrgAdmin(orgId).
 */
export async function getClubRegister({
  orgId,
  today = todayInAmsterdam(),
  userIds,
}: {
  orgId: string;
  today?: Date;
  /** Only these members (one page of the register); all active members when left out. */
  userIds?: string[];
}) {
  // Sorted here, not in SQL: ordering by the joined name made PostgreSQL scan every user of the platform (query-plans test).
  const unsorted = await db.orgMembership.findMany({
    where: { orgId, status: "ACTIVE", ...(userIds ? { userId: { in: userIds } } : {}) },
    select: {
      role: true,
      volunteerTypes: true,
      trainedConfirmedAt: true,
      trainedConfirmedById: true,
      vogSeenOn: true,
      vogSeenById: true,
      user: {
        select: {
          id: true,
          name: true,
          domain: true,
          volunteerRole: true,
          cohortMemberships: {
            where: { role: "PARTICIPANT", removedAt: null },
            select: { cohortId: true },
          },
          certificates: {
            orderBy: { issuedAt: "desc" },
            select: { cohortId: true, code: true, completedOn: true, revokedAt: true },
          },
        },
      },
    },
  });
  const byName = new Intl.Collator("nl");
  const members = unsorted.sort(
    (a, b) => byName.compare(a.user.name, b.user.name) || a.user.id.localeCompare(b.user.id),
  );
  const adminIds = [
    ...new Set(
      members
        .flatMap((member) => [member.trainedConfirmedById, member.vogSeenById])
        .filter((id): id is string => Boolean(id)),
    ),
  ];
  const admins = adminIds.length
    ? await db.user.findMany({ where: { id: { in: adminIds } }, select: { id: true, name: true } })
    : [];
  const adminName = new Map(admins.map((admin) => [admin.id, admin.name]));
  // Every completion check the register needs, in one query (issue 20: one per member was hundreds of round trips).
  const open = members.flatMap(({ user }) =>
    user.certificates.length
      ? []
      : user.cohortMemberships.map(({ cohortId }) => ({ cohortId, userId: user.id })),
  );
  const completions = await getCompletions(open);
  return Promise.all(
    members.map(async (member) => {
      const { user } = member;
      const valid = user.certificates.find((certificate) => !certificate.revokedAt) ?? null;
      const certificate = valid ?? user.certificates[0] ?? null;
      return {
        userId: user.id,
        name: user.name,
        domain: user.domain,
        volunteerRole: user.volunteerRole,
        isAdmin: member.role === "ADMIN",
        courseStatus: await courseStatus({
          userId: user.id,
          completions,
          cohortIds: user.cohortMemberships.map((row) => row.cohortId),
          hasValid: Boolean(valid),
          hasRevoked: user.certificates.some((row) => row.revokedAt),
          certified: new Set(user.certificates.map((row) => row.cohortId)),
        }),
        certificate: certificate
          ? {
              code: certificate.code,
              completedOn: certificate.completedOn,
              revokedAt: certificate.revokedAt,
            }
          : null,
        volunteerTypes: member.volunteerTypes,
        trainedConfirmedAt: member.trainedConfirmedAt,
        trainedConfirmedBy: member.trainedConfirmedById
          ? (adminName.get(member.trainedConfirmedById) ?? null)
          : null,
        vogSeenOn: member.vogSeenOn,
        vogSeenBy: member.vogSeenById ? (adminName.get(member.vogSeenById) ?? null) : null,
        vog: vogStatus({ seenOn: member.vogSeenOn, today }),
      };
    }),
  );
}

async function courseStatus({
  userId,
  completions,
  cohortIds,
  hasValid,
  hasRevoked,
  certified,
}: {
  userId: string;
  completions: Awaited<ReturnType<typeof getCompletions>>;
  cohortIds: string[];
  hasValid: boolean;
  hasRevoked: boolean;
  certified: Set<string>;
}): Promise<CourseStatus> {
  if (hasValid) return "valid";
  if (hasRevoked) return "revoked";
  const open = cohortIds.filter((cohortId) => !certified.has(cohortId));
  for (const cohortId of open) {
    const completion =
      completions.get(`${cohortId} ${userId}`) ?? (await getCompletion({ cohortId, userId }));
    if (completion?.complete) return "completed";
  }
  return open.length ? "inCohort" : "none";
}

/** Members per page of the register page (issue 20: a club of 400 members was one page of 400 forms). */
export const REGISTER_PAGE_SIZE = 50;

/**
 * One page of the register, in name order: the names of all active members
 * are read (one light query) to find the page, then only that page's members
 * with their courses, certificates and completions. The CSV export and the
 * worklist still read the whole register.
 */
export async function getClubRegisterPage({
  orgId,
  page,
  today = todayInAmsterdam(),
}: {
  orgId: string;
  page: number;
  today?: Date;
}) {
  const names = await db.orgMembership.findMany({
    where: { orgId, status: "ACTIVE" },
    select: { userId: true, user: { select: { name: true } } },
  });
  const byName = new Intl.Collator("nl");
  names.sort(
    (a, b) => byName.compare(a.user.name, b.user.name) || a.userId.localeCompare(b.userId),
  );
  const pageCount = Math.max(1, Math.ceil(names.length / REGISTER_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const userIds = names
    .slice((current - 1) * REGISTER_PAGE_SIZE, current * REGISTER_PAGE_SIZE)
    .map((row) => row.userId);
  const rows = userIds.length ? await getClubRegister({ orgId, today, userIds }) : [];
  return { rows, userIds, page: current, pageCount, total: names.length };
}
