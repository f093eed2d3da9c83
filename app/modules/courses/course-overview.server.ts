import { db } from "~/utils/db.server";
import { currentCourseFiles } from "./core-version.server";
import { countProgress, publicRun } from "./course-run";
import { loadCourseRun } from "./course-run.server";

/** The course overview for one learner: run order, time, own progress, and the core version. */
export async function loadCourseOverview({
  cohortId,
  userId,
}: {
  cohortId: string;
  userId: string;
}) {
  const [run, done] = await Promise.all([
    loadCourseRun({ cohortId }),
    db.lessonProgress.findMany({
      where: { cohortId, userId },
      select: { moduleKey: true, lessonSlug: true },
    }),
  ]);
  const files = currentCourseFiles();
  const modules = run?.modules ?? [];
  const finished = done.map((row) => `${row.moduleKey}/${row.lessonSlug}`);
  const progress = countProgress(modules, finished);
  const doneSet = new Set(finished);
  return {
    courseTitle: run?.coreVersion.title || files.title,
    description: files.description,
    cohortName: run?.name ?? "",
    version: {
      cohort: run?.coreVersion.label ?? "",
      cohortId: run?.coreVersion.id ?? "",
      current: files.label,
      currentId: files.versionId,
    },
    modules: publicRun(modules).map((module) => ({
      ...module,
      progress: progress.modules[module.key],
      lessons: module.lessons.map((lesson) => ({
        ...lesson,
        done: doneSet.has(`${module.key}/${lesson.slug}`),
      })),
    })),
  };
}
