import { todayInAmsterdam } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { getClubRegister } from "./register.server";
import type { CourseStatus } from "./types";
import { vogStatus, type VogState } from "./vog";

/** Volunteer roles that work with (young or vulnerable) people, for which the sport sector asks a VOG. */
const ROLES_NEEDING_VOG =
  /trainer|coach|teamleider|begeleider|leider|stagiair|maatje|jeugd|vertrouwens|scheidsrechter/i;
const needsVog = (role: string | null | undefined) => Boolean(role && ROLES_NEEDING_VOG.test(role));

import type { WorklistFilter, WorklistSort } from "./worklist";

export type WorklistRow = {
  key: string;
  recordId: string | null;
  userId: string | null;
  name: string;
  volunteerRole: string | null;
  hasAccount: boolean;
  trained: boolean;
  courseStatus: CourseStatus | null;
  vogState: VogState;
  vogRenewBy: Date | null;
  vogNeeded: boolean;
};

const VOG_ORDER: Record<VogState, number> = { overdue: 0, none: 1, dueSoon: 2, valid: 3 };
const COURSE_ORDER: Record<string, number> = {
  valid: 0,
  completed: 1,
  inCohort: 2,
  revoked: 3,
  none: 4,
};

/**
 * The club register as a working list: members and volunteers recorded
 * without an account, with counts at the top (trained, VOG due within 60
 * days, VOG expired or missing for a role that needs one), filtered and
 * sorted. Callers have passed requireOrgAdmin(orgId).
 */
export async function getWorklist({
  orgId,
  filter,
  sort,
  today = todayInAmsterdam(),
}: {
  orgId: string;
  filter: WorklistFilter;
  sort: WorklistSort;
  today?: Date;
}) {
  const [members, records] = await Promise.all([
    getClubRegister({ orgId, today }),
    db.clubVolunteer.findMany({
      where: { orgId, linkedUserId: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true, volunteerRole: true, vogSeenOn: true },
    }),
  ]);
  const all: WorklistRow[] = [
    ...members.map((member) => ({
      key: `u-${member.userId}`,
      recordId: null,
      userId: member.userId,
      name: member.name,
      volunteerRole: member.volunteerRole,
      hasAccount: true,
      trained: member.courseStatus === "valid" || Boolean(member.trainedConfirmedAt),
      courseStatus: member.courseStatus,
      vogState: member.vog.state,
      vogRenewBy: member.vog.renewBy,
      vogNeeded: needsVog(member.volunteerRole),
    })),
    ...records.map((record) => {
      const vog = vogStatus({ seenOn: record.vogSeenOn, today });
      return {
        key: `r-${record.id}`,
        recordId: record.id,
        userId: null,
        name: record.name,
        volunteerRole: record.volunteerRole,
        hasAccount: false,
        trained: false,
        courseStatus: null,
        vogState: vog.state,
        vogRenewBy: vog.renewBy,
        vogNeeded: needsVog(record.volunteerRole),
      };
    }),
  ];
  const problem = (row: WorklistRow) =>
    row.vogState === "overdue" || (row.vogState === "none" && row.vogNeeded);
  const counts = {
    total: all.length,
    trained: all.filter((row) => row.trained).length,
    vogSoon: all.filter((row) => row.vogState === "dueSoon").length,
    vogProblem: all.filter(problem).length,
    withoutAccount: records.length,
  };
  const shown = all.filter((row) =>
    filter === "getraind"
      ? row.trained
      : filter === "vog-binnenkort"
        ? row.vogState === "dueSoon"
        : filter === "vog-probleem"
          ? problem(row)
          : filter === "zonder-account"
            ? !row.hasAccount
            : true,
  );
  const byName = (a: WorklistRow, b: WorklistRow) => a.name.localeCompare(b.name, "nl");
  shown.sort((a, b) =>
    sort === "vog"
      ? VOG_ORDER[a.vogState] - VOG_ORDER[b.vogState] || byName(a, b)
      : sort === "cursus"
        ? COURSE_ORDER[a.courseStatus ?? "none"] - COURSE_ORDER[b.courseStatus ?? "none"] ||
          byName(a, b)
        : byName(a, b),
  );
  const linkable = members.map((member) => ({ id: member.userId, name: member.name }));
  return { counts, rows: shown.map((row) => ({ ...row, vogProblem: problem(row) })), linkable };
}

/** Records a volunteer who has no account yet. */
export function recordVolunteer({
  orgId,
  recordedById,
  name,
  volunteerRole,
  vogSeenOn,
}: {
  orgId: string;
  recordedById: string;
  name: string;
  volunteerRole?: string;
  vogSeenOn?: string;
}) {
  return db.clubVolunteer.create({
    data: {
      orgId,
      recordedById,
      name,
      volunteerRole: volunteerRole ?? null,
      vogSeenOn: vogSeenOn ? new Date(`${vogSeenOn}T00:00:00Z`) : null,
    },
    select: { id: true },
  });
}

/**
 * Links a record to the member it describes, now that they have joined: the
 * VOG date moves to their membership (when newer), the record leaves the list.
 */
export async function linkVolunteer({
  orgId,
  recordId,
  userId,
  linkedById,
}: {
  orgId: string;
  recordId: string;
  userId: string;
  linkedById: string;
}): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const [record, membership] = await Promise.all([
      tx.clubVolunteer.findFirst({
        where: { id: recordId, orgId, linkedUserId: null },
        select: { vogSeenOn: true },
      }),
      tx.orgMembership.findFirst({
        where: { orgId, userId, status: "ACTIVE" },
        select: { vogSeenOn: true },
      }),
    ]);
    if (!record || !membership) return false;
    await tx.clubVolunteer.update({
      where: { id: recordId },
      data: { linkedUserId: userId, linkedAt: new Date() },
    });
    if (record.vogSeenOn && (!membership.vogSeenOn || membership.vogSeenOn < record.vogSeenOn)) {
      await tx.orgMembership.updateMany({
        where: { orgId, userId },
        data: { vogSeenOn: record.vogSeenOn, vogSeenById: linkedById },
      });
    }
    return true;
  });
}
