import { MIN_GROUP_SIZE } from "~/utils/disclosure-threshold";
import { db } from "~/utils/db.server";
import { analyseLesson } from "./lesson-text";
import { lessonText, loadCourseRun } from "./course-run.server";

type CheckResult = {
  id: string;
  vraag: string;
  /** Participants whose (last) answer is stored; null below MIN_GROUP_SIZE. */
  answers: number | null;
  /** Per option as written; null while fewer than MIN_GROUP_SIZE answered (never shown). */
  options: { text: string; right: boolean; count: number }[] | null;
};
export type ModuleCheckResults = { key: string; title: string; checks: CheckResult[] };

/**
 * How the cohort's participants answered each Kennischeck of the run, so the
 * facilitator can prepare the next evening. Counts only, from five answers.
 */
export async function getCheckResults({
  cohortId,
}: {
  cohortId: string;
}): Promise<ModuleCheckResults[]> {
  const [run, rows] = await Promise.all([
    loadCourseRun({ cohortId }),
    db.checkAnswer.groupBy({
      by: ["moduleKey", "checkId", "optionIndex"],
      where: {
        cohortId,
        user: { cohortMemberships: { some: { cohortId, role: "PARTICIPANT", removedAt: null } } },
      },
      _count: { _all: true },
    }),
  ]);
  const counts = new Map<string, Map<number, number>>();
  for (const row of rows) {
    const key = row.checkId; // stored as <module key>/<lesson slug>/<check id>
    counts.set(key, (counts.get(key) ?? new Map()).set(row.optionIndex, row._count._all));
  }
  const modules = run?.modules ?? [];
  // The pinned text of every lesson (the same the lesson page shows).
  const texts = new Map(
    await Promise.all(
      modules.flatMap((module) =>
        module.lessons.map(
          async (lesson) =>
            [
              `${module.key}/${lesson.slug}`,
              lesson.source.kind === "file" ? await lessonText(lesson.source) : lesson.source.body,
            ] as const,
        ),
      ),
    ),
  );
  return modules
    .map((module) => ({
      key: module.key,
      title: module.title,
      checks: module.lessons.flatMap((lesson) =>
        analyseLesson(texts.get(`${module.key}/${lesson.slug}`) ?? "").kennischecks.map((check) => {
          const perOption =
            counts.get(`${module.key}/${lesson.slug}/${check.id}`) ?? new Map<number, number>();
          const answers = [...perOption.values()].reduce((sum, count) => sum + count, 0);
          return {
            id: check.id,
            vraag: check.vraag,
            answers: answers >= MIN_GROUP_SIZE ? answers : null,
            options:
              answers >= MIN_GROUP_SIZE
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
