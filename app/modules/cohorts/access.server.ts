import { isId } from "~/utils/ids";
import { db } from "~/utils/db.server";
import { forbidden, notFound, requireRole, requireSession } from "~/modules/auth/guards.server";
import { refusal } from "~/utils/refusal";
import type { SessionUser } from "~/modules/auth/session.server";

/** archived: the cohort is read-only (see refuseChangesTo); pages hide their forms and say so. */
export type CohortAccess = {
  user: SessionUser;
  cohortId: string;
  role: "PARTICIPANT" | "FACILITATOR" | "CO_FACILITATOR" | "PLATFORM_ADMIN";
  archived: boolean;
};

/** A current member of the cohort (any role), or a platform admin. Throws 404 for malformed or unknown ids, 403 otherwise. */
export async function requireCohortMember(
  request: Request,
  cohortId: string | undefined,
): Promise<CohortAccess> {
  const { user, cohorts } = await requireSession(request);
  if (!isId(cohortId)) notFound();
  // The session's own query brought the person's cohorts: no round trip of its own (decision 031).
  const membership = cohorts.find((cohort) => cohort.id === cohortId);
  if (membership) return { user, cohortId, role: membership.role, archived: membership.archived };
  if (user.role === "ADMIN") {
    const cohort = await db.cohort.findUnique({
      where: { id: cohortId },
      select: { archivedAt: true },
    });
    if (!cohort) notFound();
    return { user, cohortId, role: "PLATFORM_ADMIN", archived: Boolean(cohort.archivedAt) };
  }
  forbidden();
}

/** The cohort's facilitator or co-facilitator (or a platform admin). */
export async function requireCohortStaff(
  request: Request,
  cohortId: string | undefined,
): Promise<CohortAccess> {
  const access = await requireCohortMember(request, cohortId);
  if (access.role === "PARTICIPANT") forbidden();
  return access;
}

/** Refuses (409) a change to an archived cohort, for a guard that has already run. */
export function refuseChangesTo(access: CohortAccess): void {
  if (access.archived) throw refusal(409);
}

/** requireCohortMember for an action that changes something: also refuses an archived cohort (409). */
export async function requireCohortMemberToChange(
  request: Request,
  cohortId: string | undefined,
): Promise<CohortAccess> {
  const access = await requireCohortMember(request, cohortId);
  refuseChangesTo(access);
  return access;
}

/** requireCohortStaff for an action that changes something: also refuses an archived cohort (409). */
export async function requireCohortStaffToChange(
  request: Request,
  cohortId: string | undefined,
): Promise<CohortAccess> {
  const access = await requireCohortStaff(request, cohortId);
  refuseChangesTo(access);
  return access;
}

export const isStaffRole = (role: CohortAccess["role"]) => role !== "PARTICIPANT";

/** A facilitator (or platform admin), who may create cohorts. */
export function requireFacilitator(request: Request) {
  return requireRole(request, "FACILITATOR");
}
