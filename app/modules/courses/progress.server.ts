import { db } from "~/utils/db.server";
import type { RunModule } from "./course-run";
import { loadCourseRun } from "./load-run.server";

export type ModuleProgress = { done: number; total: number };

/** Per module of the run: how many of its lessons the given finished lessons cover. */
export function countProgress(run: RunModule[], done: Iterable<string>): Record<string, ModuleProgress> {
  const finished = new Set(done);
  return Object.fromEntries(
    run.map((module) => [module.key, { done: module.lessons.filter((lesson) => finished.has(`${module.key}/${lesson.slug}`)).length, total: module.lessons.length }]),
  );
}

/** One learner's progress in a cohort, per module key (only lessons that still exist count). */
export async function getLearnerProgress({ cohortId, userId }: { cohortId: string; userId: string }): Promise<Record<string, ModuleProgress>> {
  const [run, rows] = await Promise.all([
    loadCourseRun({ cohortId }),
    db.lessonProgress.findMany({ where: { cohortId, userId }, select: { moduleKey: true, lessonSlug: true } }),
  ]);
  return countProgress(run, rows.map((row) => `${row.moduleKey}/${row.lessonSlug}`));
}

export type CohortProgress = {
  modules: { key: string; title: string; required: boolean; lessons: number }[];
  participants: { userId: string; name: string; domain: string | null; modules: Record<string, ModuleProgress>; done: number; total: number }[];
};

/** Every participant's progress per module of the cohort's run (for facilitators; guard the caller). */
export async function getCohortProgress({ cohortId }: { cohortId: string }): Promise<CohortProgress> {
  const [run, members, rows] = await Promise.all([
    loadCourseRun({ cohortId }),
    db.cohortMember.findMany({
      where: { cohortId, role: "PARTICIPANT", removedAt: null },
      select: { user: { select: { id: true, name: true, domain: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    db.lessonProgress.findMany({ where: { cohortId }, select: { userId: true, moduleKey: true, lessonSlug: true } }),
  ]);
  const doneBy = new Map<string, string[]>();
  for (const row of rows) doneBy.set(row.userId, [...(doneBy.get(row.userId) ?? []), `${row.moduleKey}/${row.lessonSlug}`]);
  const total = run.reduce((sum, module) => sum + module.lessons.length, 0);
  return {
    modules: run.map((module) => ({ key: module.key, title: module.title, required: module.required, lessons: module.lessons.length })),
    participants: members.map(({ user }) => {
      const modules = countProgress(run, doneBy.get(user.id) ?? []);
      return { userId: user.id, name: user.name, domain: user.domain, modules, done: Object.values(modules).reduce((sum, m) => sum + m.done, 0), total };
    }),
  };
}
