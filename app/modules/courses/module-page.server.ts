import { db } from "~/utils/db.server";
import { loadCourseRun } from "./course-run.server";

/** One module of the cohort's run with the learner's own progress, or null when it is not in the run. */
export async function loadModulePage({
  cohortId,
  userId,
  moduleKey,
}: {
  cohortId: string;
  userId: string;
  moduleKey: string;
}) {
  const [run, done] = await Promise.all([
    loadCourseRun({ cohortId }),
    db.lessonProgress.findMany({
      where: { cohortId, userId, moduleKey },
      select: { lessonSlug: true },
    }),
  ]);
  const module = run?.modules.find((candidate) => candidate.key === moduleKey);
  if (!module) return null;
  const finished = new Set(done.map((row) => row.lessonSlug));
  const lessons = module.lessons.map(({ slug, title, minutes, isNew }) => ({
    slug,
    title,
    minutes,
    isNew,
    done: finished.has(slug),
  }));
  return {
    key: module.key,
    kind: module.kind,
    title: module.title,
    minutes: module.minutes,
    region: module.region,
    goals: module.goals,
    intro: module.intro
      .split(/\n{2,}/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean),
    lessons,
    progress: { done: lessons.filter((lesson) => lesson.done).length, total: lessons.length },
  };
}
