import { isId } from "~/utils/ids";
import { db } from "~/utils/db.server";
import { forbidden, notFound, requireRole, requireUser } from "~/modules/auth/guards.server";
import type { SessionUser } from "~/modules/auth/session.server";

export type CohortAccess = { user: SessionUser; cohortId: string; role: "PARTICIPANT" | "FACILITATOR" | "CO_FACILITATOR" | "PLATFORM_ADMIN" };

/** A current member of the cohort (any role), or a platform admin. Throws 404 for malformed or unknown ids, 403 otherwise. */
export async function requireCohortMember(request: Request, cohortId: string | undefined): Promise<CohortAccess> {
  const user = await requireUser(request);
  if (!isId(cohortId)) notFound();
  // Raw SQL: this guard runs on every cohort page (see the session lookup for why).
  const [membership] = await db.$queryRaw<{ role: "PARTICIPANT" | "FACILITATOR" | "CO_FACILITATOR" }[]>`
    SELECT "role"::text AS "role" FROM "CohortMember" WHERE "cohortId" = ${cohortId} AND "userId" = ${user.id} AND "removedAt" IS NULL`;
  if (membership) return { user, cohortId, role: membership.role };
  if (user.role === "ADMIN") {
    if (!(await db.cohort.count({ where: { id: cohortId } }))) notFound();
    return { user, cohortId, role: "PLATFORM_ADMIN" };
  }
  forbidden();
}

/** The cohort's facilitator or co-facilitator (or a platform admin). */
export async function requireCohortStaff(request: Request, cohortId: string | undefined): Promise<CohortAccess> {
  const access = await requireCohortMember(request, cohortId);
  if (access.role === "PARTICIPANT") forbidden();
  return access;
}

export const isStaffRole = (role: CohortAccess["role"]) => role !== "PARTICIPANT";

/** A facilitator (or platform admin), who may create cohorts. */
export function requireFacilitator(request: Request) {
  return requireRole(request, "FACILITATOR");
}
