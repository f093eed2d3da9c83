import { MIN_GROUP_SIZE } from "~/utils/disclosure-threshold";
import { db } from "~/utils/db.server";
import { loadCourseRun } from "./course-run.server";

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
 */
export async function getModuleTimes({ cohortId }: { cohortId: string }): Promise<ModuleTime[]> {
  const [run, visits, done, participants] = await Promise.all([
    loadCourseRun({ cohortId }),
    db.lessonVisit.findMany({
      where: { cohortId },
      select: { userId: true, moduleKey: true, lessonSlug: true, openedAt: true },
    }),
    db.lessonProgress.findMany({
      where: { cohortId },
      select: { userId: true, moduleKey: true, lessonSlug: true, completedAt: true },
    }),
    db.cohortMember.findMany({
      where: { cohortId, role: "PARTICIPANT", removedAt: null },
      select: { userId: true },
    }),
  ]);
  const isParticipant = new Set(participants.map((row) => row.userId));
  const opened = new Map(
    visits.map((row) => [
      `${row.userId}|${row.moduleKey}/${row.lessonSlug}`,
      row.openedAt.getTime(),
    ]),
  );
  const spent = new Map<string, number>();
  for (const row of done) {
    const start = opened.get(`${row.userId}|${row.moduleKey}/${row.lessonSlug}`);
    if (start === undefined || !isParticipant.has(row.userId)) continue;
    const minutes = Math.min(
      Math.max(0, (row.completedAt.getTime() - start) / 60_000),
      LESSON_CAP_MINUTES,
    );
    spent.set(`${row.userId}|${row.moduleKey}/${row.lessonSlug}`, minutes);
  }
  return (run?.modules ?? []).map((module) => {
    const totals: number[] = [];
    for (const userId of isParticipant) {
      const perLesson = module.lessons.map((lesson) =>
        spent.get(`${userId}|${module.key}/${lesson.slug}`),
      );
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
