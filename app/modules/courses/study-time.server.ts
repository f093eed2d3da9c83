import { MIN_GROUP_SIZE } from "~/utils/disclosure-threshold";
import type { RunModule } from "./course-run";

/** A lesson counts for at most this long, so a tab left open overnight does not skew the median. */
export const LESSON_CAP_MINUTES = 60;

export type ModuleTime = {
  key: string;
  title: string;
  /** Minutes stated by the rule of decision 017. */
  estimate: number;
  /** Participants who opened and finished every lesson of the module here; null below MIN_GROUP_SIZE. */
  people: number | null;
  /** Median of their total minutes, or null when fewer than MIN_GROUP_SIZE people (never shown). */
  median: number | null;
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * Per module of the cohort's run: the stated minutes next to the median time
 * participants really spent (first open to done per lesson, capped, summed
 * per person). Aggregate only, and only from MIN_GROUP_SIZE people.
 * `participants`: per current participant, the lessons they finished with the
 * minutes from first open to done (null when the lesson was never opened);
 * the dashboard reads them in its one query.
 */
export function moduleTimes(
  modules: RunModule[],
  participants: { done: { key: string; minutes: number | null }[] }[],
): ModuleTime[] {
  const spentBy = participants.map(
    (person) =>
      new Map(
        person.done.flatMap(({ key, minutes }) =>
          minutes === null
            ? []
            : [[key, Math.min(Math.max(0, minutes), LESSON_CAP_MINUTES)] as const],
        ),
      ),
  );
  return modules.map((module) => {
    const totals: number[] = [];
    for (const spent of spentBy) {
      const perLesson = module.lessons.map((lesson) => spent.get(`${module.key}/${lesson.slug}`));
      if (module.lessons.length && perLesson.every((minutes) => minutes !== undefined))
        totals.push(perLesson.reduce((sum: number, minutes) => sum + minutes!, 0));
    }
    const estimate =
      module.minutes > 0
        ? module.minutes
        : module.lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
    return {
      key: module.key,
      title: module.title,
      estimate,
      people: totals.length >= MIN_GROUP_SIZE ? totals.length : null,
      median: totals.length >= MIN_GROUP_SIZE ? Math.round(median(totals)) : null,
    };
  });
}
