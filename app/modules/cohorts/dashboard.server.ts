import { db } from "~/utils/db.server";
import type { Domain } from "~/modules/people/types";
import { countProgress } from "~/modules/courses/course-run";
import { loadCourseRun } from "~/modules/courses/course-run.server";

export type DashboardRow = {
  userId: string;
  name: string;
  domain: Domain | null;
  done: Record<string, number>;
  percent: number;
  attended: number;
  evaluationSubmitted: boolean;
  certificate: "none" | "issued" | "revoked";
};

const DOMAIN_ORDER: Record<string, number> = { SPORT: 0, ZORG: 1, WELZIJN: 2, ANDERS: 3 };

/**
 * The facilitator's overview of a cohort: per participant the progress per
 * module, evenings attended, evaluation receipt and certificate status.
 * Two queries whatever the size of the group: the course run, and the
 * participants with their progress, attendance, receipt and certificate.
 */
export async function getDashboard({
  cohortId,
  sort,
}: {
  cohortId: string;
  sort: "naam" | "sector" | "voortgang";
}) {
  const [run, members] = await Promise.all([
    loadCourseRun({ cohortId }),
    db.cohortMember.findMany({
      where: { cohortId, role: "PARTICIPANT", removedAt: null },
      select: {
        user: {
          select: {
            id: true,
            name: true,
            domain: true,
            lessonProgress: { where: { cohortId }, select: { moduleKey: true, lessonSlug: true } },
            receipts: { where: { cohortId }, select: { userId: true } },
            certificates: { where: { cohortId }, select: { revokedAt: true } },
            _count: {
              select: {
                attendance: {
                  where: { status: "PRESENT", evening: { cohortId, cancelledAt: null } },
                },
              },
            },
          },
        },
      },
    }),
  ]);
  if (!run) return null;
  const rows: DashboardRow[] = members.map(({ user }) => {
    const progress = countProgress(
      run.modules,
      user.lessonProgress.map((row) => `${row.moduleKey}/${row.lessonSlug}`),
    );
    const done = Object.fromEntries(
      Object.entries(progress.modules).map(([key, value]) => [key, value.done]),
    );
    const certificate = user.certificates[0];
    return {
      userId: user.id,
      name: user.name,
      domain: user.domain,
      done,
      percent: progress.total ? Math.round((progress.done / progress.total) * 100) : 0,
      attended: user._count.attendance,
      evaluationSubmitted: user.receipts.length > 0,
      certificate: certificate ? (certificate.revokedAt ? "revoked" : "issued") : "none",
    };
  });
  const byName = (a: DashboardRow, b: DashboardRow) => a.name.localeCompare(b.name, "nl");
  rows.sort((a, b) => {
    if (sort === "sector")
      return (
        DOMAIN_ORDER[a.domain ?? "ANDERS"] - DOMAIN_ORDER[b.domain ?? "ANDERS"] || byName(a, b)
      );
    if (sort === "voortgang") return b.percent - a.percent || byName(a, b);
    return byName(a, b);
  });
  return {
    cohort: { id: cohortId, name: run.name },
    modules: run.modules.map((module) => ({
      moduleKey: module.key,
      title: module.title,
      lessonCount: module.lessons.length,
      required: module.required,
    })),
    minEvenings: run.minEvenings,
    eveningCount: run.eveningCount,
    rows,
  };
}
