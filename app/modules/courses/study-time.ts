import { analyseLesson, type LessonText } from "./lesson-text";

/**
 * The rule for stated study time (decision 017): reading at a
 * fixed pace plus fixed minutes per interactive part. Never typed by hand:
 * `npm run course:minutes` writes the result into the frontmatter.
 */
const STUDY_TIME_RULE = {
  /** Words per minute for careful reading of B1 Dutch with examples. */
  wordsPerMinute: 180,
  /** Thinking and writing a short private answer. */
  reflectie: 5,
  /** Reading a scenario, choosing, reading the feedback. */
  kennischeck: 1.5,
  /** Reading the prompt and writing or answering a case in the forum. */
  praktijkcasus: 10,
} as const;

/** Minutes for one lesson: whole minutes, rounded up, at least one. */
function lessonMinutesFor(
  text: Pick<LessonText, "words" | "reflecties" | "kennischecks" | "praktijkcasussen">,
): number {
  const rule = STUDY_TIME_RULE;
  const minutes =
    text.words / rule.wordsPerMinute +
    text.reflecties * rule.reflectie +
    text.kennischecks.length * rule.kennischeck +
    text.praktijkcasussen * rule.praktijkcasus;
  return Math.max(1, Math.ceil(minutes));
}

export const lessonMinutesOf = (source: string) => lessonMinutesFor(analyseLesson(source));

/** Minutes for a module: its lessons plus reading its introduction. */
export function moduleMinutesFor(introWords: number, lessonMinutes: number[]): number {
  return (
    lessonMinutes.reduce((sum, minutes) => sum + minutes, 0) +
    Math.ceil(introWords / STUDY_TIME_RULE.wordsPerMinute)
  );
}
