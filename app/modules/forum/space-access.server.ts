import { forbidden, requireSession } from "~/modules/auth/guards.server";
import type { SessionUser } from "~/modules/auth/session.server";
import { isStaffRole, requireCohortMember } from "~/modules/cohorts/access.server";
import { refusal } from "~/utils/refusal";

/**
 * Who is looking at which space: a cohort's space (cohortId) or the
 * course-wide space (null). In the course-wide space, `cohorts` are the
 * viewer's current cohorts: only there may they learn who wrote a post.
 */
export type SpaceViewer = {
  user: SessionUser;
  cohortId: string | null;
  isStaff: boolean;
  archived?: boolean;
  cohorts?: { id: string; staff: boolean }[];
};

/**
 * Guards a forum space. A cohort space is for its current members; the
 * course-wide space is for anyone who is a current member of at least one
 * cohort. Staff (the cohort's facilitators, or platform facilitators and
 * admins for the course-wide space) may moderate and see who wrote what.
 * `archived`: the space is read-only for this viewer (decision 013). A cohort
 * space is when its cohort is archived. A course-wide case belongs to no
 * cohort (only the poster's town goes with it), so there it is the viewer
 * whose every cohort is archived: their season is over, they read but no
 * longer write. Every page and action of both spaces uses this one answer.
 */
export async function requireSpace(
  request: Request,
  cohortId: string | null,
): Promise<SpaceViewer> {
  if (cohortId !== null) {
    const access = await requireCohortMember(request, cohortId);
    return {
      user: access.user,
      cohortId,
      isStaff: isStaffRole(access.role),
      archived: access.archived,
    };
  }
  const { user, cohorts: memberships } = await requireSession(request);
  const cohorts = memberships.map((membership) => ({
    id: membership.id,
    staff: membership.role !== "PARTICIPANT",
  }));
  if (user.role === "ADMIN") return { user, cohortId: null, isStaff: true, cohorts };
  if (memberships.length === 0) forbidden();
  const staffSomewhere = memberships.some((membership) => membership.role !== "PARTICIPANT");
  return {
    user,
    cohortId: null,
    isStaff: user.role === "FACILITATOR" && staffSomewhere,
    archived: memberships.every((membership) => membership.archived),
    cohorts,
  };
}

/**
 * What an archived cohort's space still allows: reading, following, reporting,
 * moderating (hide/restore, closing reports) and taking back one's own words
 * (delete, forget earlier versions). Posting, replying, editing, marking
 * helpful and locking are refused with 409 ("Deze groep is gearchiveerd").
 */
const ALLOWED_WHEN_ARCHIVED = new Set([
  "read",
  "follow",
  "unfollow",
  "report",
  "hide",
  "restore",
  "resolve",
  "delete",
  "forget-history",
  "send-notifications",
]);

export function refuseArchivedChange(viewer: SpaceViewer, intent: string): void {
  if (viewer.archived && !ALLOWED_WHEN_ARCHIVED.has(intent)) throw refusal(409);
}

/** Where a space lives in the URL. */
export const spacePath = (cohortId: string | null) =>
  cohortId ? `/groepen/${cohortId}/casussen` : "/casussen";
