import { db } from "~/utils/db.server";
import { currentCourseFiles } from "./core-version.server";
import { publicRun } from "./course-run";
import { loadCourseRun } from "./load-run.server";
import { countProgress } from "./progress.server";

/** The course overview for one learner: run order, time, own progress, and the core version. */
export async function loadCourseOverview({ cohortId, userId }: { cohortId: string; userId: string }) {
  const [run, done, cohort] = await Promise.all([
    loadCourseRun({ cohortId }),
    db.lessonProgress.findMany({ where: { cohortId, userId }, select: { moduleKey: true, lessonSlug: true } }),
    db.cohort.findUnique({ where: { id: cohortId }, select: { name: true, coreVersionId: true, coreVersion: { select: { label: true } } } }),
  ]);
  const files = currentCourseFiles();
  const finished = done.map((row) => `${row.moduleKey}/${row.lessonSlug}`);
  const progress = countProgress(run, finished);
  const doneSet = new Set(finished);
  return {
    courseTitle: files.title,
    description: files.description,
    cohortName: cohort?.name ?? "",
    version: { cohort: cohort?.coreVersion.label ?? "", cohortId: cohort?.coreVersionId ?? "", current: files.label, currentId: files.versionId },
    modules: publicRun(run).map((module) => ({
      ...module,
      progress: progress[module.key],
      lessons: module.lessons.map((lesson) => ({ ...lesson, done: doneSet.has(`${module.key}/${lesson.slug}`) })),
    })),
  };
}
