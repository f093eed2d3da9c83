import { MIN_GROUP_SIZE } from "~/utils/disclosure-threshold";
import { analyseLesson } from "./lesson-text";
import type { LessonSource, RunModule } from "./course-run";
import { lessonText } from "./course-run.server";

type CheckResult = {
  id: string;
  vraag: string;
  /** Participants whose (last) answer is stored; null below MIN_GROUP_SIZE. */
  answers: number | null;
  /** Per option as written; null while fewer than MIN_GROUP_SIZE answered (never shown). */
  options: { text: string; right: boolean; count: number }[] | null;
};
export type ModuleCheckResults = { key: string; title: string; checks: CheckResult[] };

// The Kennischecks of a pinned lesson text never change: analysed once per content hash.
const checksByHash = new Map<string, ReturnType<typeof analyseLesson>["kennischecks"]>();

async function kennischecksOf(source: LessonSource) {
  if (source.kind === "text") return analyseLesson(source.body).kennischecks;
  let checks = checksByHash.get(source.hash);
  if (!checks) {
    checks = analyseLesson(await lessonText(source)).kennischecks;
    checksByHash.set(source.hash, checks);
  }
  return checks;
}

/**
 * How the cohort's participants answered each Kennischeck of the run, so the
 * facilitator can prepare the next evening. Counts only, from five answers.
 * `answers`: per check (<module key>/<lesson slug>/<check id>) and option, how
 * many current participants chose it (the dashboard counts them in its query).
 */
export async function checkResults(
  modules: RunModule[],
  answers: { checkId: string; option: number; count: number }[],
): Promise<ModuleCheckResults[]> {
  const counts = new Map<string, Map<number, number>>();
  for (const row of answers)
    counts.set(row.checkId, (counts.get(row.checkId) ?? new Map()).set(row.option, row.count));
  // The pinned text of every lesson (the same the lesson page shows).
  const checks = new Map(
    await Promise.all(
      modules.flatMap((module) =>
        module.lessons.map(
          async (lesson) =>
            [`${module.key}/${lesson.slug}`, await kennischecksOf(lesson.source)] as const,
        ),
      ),
    ),
  );
  return modules
    .map((module) => ({
      key: module.key,
      title: module.title,
      checks: module.lessons.flatMap((lesson) =>
        (checks.get(`${module.key}/${lesson.slug}`) ?? []).map((check) => {
          const perOption =
            counts.get(`${module.key}/${lesson.slug}/${check.id}`) ?? new Map<number, number>();
          const total = [...perOption.values()].reduce((sum, count) => sum + count, 0);
          return {
            id: check.id,
            vraag: check.vraag,
            answers: total >= MIN_GROUP_SIZE ? total : null,
            options:
              total >= MIN_GROUP_SIZE
                ? check.options.map((option, index) => ({
                    text: option.text,
                    right: option.juist,
                    count: perOption.get(index) ?? 0,
                  }))
                : null,
          };
        }),
      ),
    }))
    .filter((module) => module.checks.length > 0);
}
