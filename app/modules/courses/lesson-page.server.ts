import { createHash } from "node:crypto";
import { compileLessonModule } from "./compile-mdx.server";
import { neighbours, type RunLesson, type RunModule } from "./course-run";
import { loadCourseRun, resolveRunModules } from "./course-run.server";
import { getLearnerState } from "./learner-state.server";

export const moduleKeyOf = (kind: string | undefined, slug: string | undefined) =>
  (kind === "kern" || kind === "lokaal" || kind === "lm") && slug && /^[a-z0-9-]{1,80}$/i.test(slug)
    ? `${kind}/${slug}`
    : null;

/** The module and lesson of a cohort's run, or null when the run has no such lesson. */
export async function findRunLesson({
  cohortId,
  moduleKey,
  lessonSlug,
}: {
  cohortId: string;
  moduleKey: string;
  lessonSlug: string;
}): Promise<{ run: RunModule[]; module: RunModule; lesson: RunLesson } | null> {
  const run = (await loadCourseRun({ cohortId }))?.modules ?? [];
  const module = run.find((candidate) => candidate.key === moduleKey);
  const lesson = module?.lessons.find((candidate) => candidate.slug === lessonSlug);
  return module && lesson ? { run, module, lesson } : null;
}

/**
 * Everything a lesson page shows, for the session user only. The lesson
 * module comes from the compile cache, so a page view never compiles twice.
 */
export async function loadLessonPage({
  cohortId,
  userId,
  moduleKey,
  lessonSlug,
}: {
  cohortId: string;
  userId: string;
  moduleKey: string;
  lessonSlug: string;
}) {
  const state = await getLearnerState({ userId, cohortId, moduleKey });
  if (!state.coreVersionId) return null;
  const { modules: run } = await resolveRunModules({
    coreVersionId: state.coreVersionId,
    rows: state.rows,
  });
  const module = run.find((candidate) => candidate.key === moduleKey);
  const lesson = module?.lessons.find((candidate) => candidate.slug === lessonSlug);
  if (!module || !lesson) return null;
  const lessonModule = await compileLessonModule(lesson.source);
  const prefix = `${moduleKey}/${lessonSlug}/`;
  const own = <T>(record: Record<string, T>) =>
    Object.fromEntries(
      Object.entries(record).flatMap(([key, value]) =>
        key.startsWith(prefix) ? [[key.slice(prefix.length), value]] : [],
      ),
    );
  const done = new Set(state.done);
  return {
    module: { key: module.key, title: module.title, kind: module.kind },
    lessons: module.lessons.map((item) => ({
      slug: item.slug,
      title: item.title,
      done: done.has(`${module.key}/${item.slug}`),
    })),
    lesson: {
      slug: lesson.slug,
      title: lesson.title,
      minutes: lesson.minutes,
      done: done.has(`${moduleKey}/${lessonSlug}`),
    },
    lessonModule,
    answers: own(state.answers),
    reflections: own(state.reflections),
    shuffleSeed: createHash("sha256").update(`kennischeck:${userId}`).digest("hex").slice(0, 16),
    ...neighbours(run, moduleKey, lessonSlug),
  };
}
