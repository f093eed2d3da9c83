import { db } from "~/utils/db.server";
import type { Domain } from "~/modules/people/types";
import { countDoneLessons } from "./completion.server";
import { loadCourseRun } from "./course-run.server";

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
 * A fixed number of queries, whatever the size of the group.
 */
export async function getDashboard({ cohortId, sort }: { cohortId: string; sort: "naam" | "sector" | "voortgang" }) {
  const [run, members, progress, attendance, receipts, certificates, eveningCount] = await Promise.all([
    loadCourseRun({ cohortId }),
    db.cohortMember.findMany({ where: { cohortId, role: "PARTICIPANT", removedAt: null }, select: { user: { select: { id: true, name: true, domain: true } } } }),
    db.lessonProgress.findMany({ where: { cohortId, user: { cohortMemberships: { some: { cohortId, removedAt: null } } } }, select: { userId: true, moduleKey: true, lessonSlug: true } }),
    db.attendance.groupBy({ by: ["userId"], where: { status: "PRESENT", evening: { cohortId } }, _count: { _all: true } }),
    db.evaluationReceipt.findMany({ where: { cohortId }, select: { userId: true } }),
    db.certificate.findMany({ where: { cohortId }, select: { userId: true, revokedAt: true } }),
    db.evening.count({ where: { cohortId } }),
  ]);
  if (!run) return null;
  const totalLessons = run.modules.reduce((sum, module) => sum + module.lessonSlugs.length, 0);
  const progressByUser = new Map<string, { moduleKey: string; lessonSlug: string }[]>();
  for (const row of progress) progressByUser.set(row.userId, [...(progressByUser.get(row.userId) ?? []), row]);
  const attendedByUser = new Map(attendance.map((row) => [row.userId, row._count._all]));
  const submitted = new Set(receipts.map((row) => row.userId));
  const certificateByUser = new Map(certificates.map((row) => [row.userId, row.revokedAt ? "revoked" : "issued"] as const));
  const rows: DashboardRow[] = members.map(({ user }) => {
    const done = countDoneLessons(run.modules, progressByUser.get(user.id) ?? []);
    const doneTotal = Object.values(done).reduce((sum, count) => sum + count, 0);
    return {
      userId: user.id,
      name: user.name,
      domain: user.domain,
      done,
      percent: totalLessons ? Math.round((doneTotal / totalLessons) * 100) : 0,
      attended: attendedByUser.get(user.id) ?? 0,
      evaluationSubmitted: submitted.has(user.id),
      certificate: certificateByUser.get(user.id) ?? "none",
    };
  });
  const byName = (a: DashboardRow, b: DashboardRow) => a.name.localeCompare(b.name, "nl");
  rows.sort((a, b) => {
    if (sort === "sector") return DOMAIN_ORDER[a.domain ?? "ANDERS"] - DOMAIN_ORDER[b.domain ?? "ANDERS"] || byName(a, b);
    if (sort === "voortgang") return b.percent - a.percent || byName(a, b);
    return byName(a, b);
  });
  return {
    modules: run.modules.map((module) => ({ moduleKey: module.moduleKey, title: module.title, lessonCount: module.lessonSlugs.length, required: module.required })),
    minEvenings: run.minEvenings,
    eveningCount,
    rows,
  };
}
