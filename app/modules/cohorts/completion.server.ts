import { db } from "~/utils/db.server";
import { evaluateCompletion, type Completion } from "./completion";
import { loadCourseRun } from "./course-run.server";

export type CompletionReport = Completion & {
  /** Titles of the missing modules, in course order. */
  missingModuleTitles: string[];
  rules: { minEvenings: number; requireEvaluation: boolean };
};

/**
 * Whether this person has met their cohort's completion rules, and what is
 * still missing. The certificate issue calls this; null for an unknown cohort.
 */
export async function getCompletion({ cohortId, userId }: { cohortId: string; userId: string }): Promise<CompletionReport | null> {
  const [run, progress, attendedEvenings, receipt] = await Promise.all([
    loadCourseRun({ cohortId }),
    db.lessonProgress.findMany({ where: { cohortId, userId }, select: { moduleKey: true, lessonSlug: true } }),
    db.attendance.count({ where: { userId, status: "PRESENT", evening: { cohortId } } }),
    db.evaluationReceipt.findUnique({ where: { userId_cohortId: { userId, cohortId } }, select: { userId: true } }),
  ]);
  if (!run) return null;
  const doneLessonsByModule = countDoneLessons(run.modules, progress);
  const result = evaluateCompletion({
    rules: {
      requiredModules: run.modules.filter((module) => module.required).map((module) => ({ moduleKey: module.moduleKey, lessonCount: module.lessonSlugs.length })),
      minEvenings: run.minEvenings,
      requireEvaluation: run.requireEvaluation,
    },
    progress: { doneLessonsByModule },
    attendedEvenings,
    evaluationSubmitted: Boolean(receipt),
  });
  const titles = new Map(run.modules.map((module) => [module.moduleKey, module.title]));
  return {
    ...result,
    missingModuleTitles: result.missing.modules.map((key) => titles.get(key) ?? key),
    rules: { minEvenings: run.minEvenings, requireEvaluation: run.requireEvaluation },
  };
}

/** Done lessons per module, counting only lessons that exist in the run (a renamed lesson does not count twice). */
export function countDoneLessons(modules: { moduleKey: string; lessonSlugs: string[] }[], progress: { moduleKey: string; lessonSlug: string }[]): Record<string, number> {
  const known = new Map(modules.map((module) => [module.moduleKey, new Set(module.lessonSlugs)]));
  const done: Record<string, number> = {};
  for (const row of progress) {
    if (known.get(row.moduleKey)?.has(row.lessonSlug)) done[row.moduleKey] = (done[row.moduleKey] ?? 0) + 1;
  }
  return done;
}
