import { db } from "~/utils/db.server";
import type { RunLesson } from "./course-run";
import { interactionId } from "./learner-state.server";
import { lessonInteractions } from "./lesson-interactions.server";

type Scope = { userId: string; cohortId: string; moduleKey: string; lesson: RunLesson };

/** Marks a lesson done for this learner; doing it twice changes nothing. */
/** Notes when the learner first opened a lesson (later opens change nothing). */
export async function markLessonOpened({
  userId,
  cohortId,
  moduleKey,
  lessonSlug,
}: {
  userId: string;
  cohortId: string;
  moduleKey: string;
  lessonSlug: string;
}) {
  await db.lessonVisit.createMany({
    data: [{ userId, cohortId, moduleKey, lessonSlug }],
    skipDuplicates: true,
  });
}

export async function markLessonDone({
  userId,
  cohortId,
  moduleKey,
  lessonSlug,
}: {
  userId: string;
  cohortId: string;
  moduleKey: string;
  lessonSlug: string;
}) {
  await db.lessonProgress.createMany({
    data: [{ userId, cohortId, moduleKey, lessonSlug }],
    skipDuplicates: true,
  });
}

/**
 * Stores the learner's answer to a knowledge check (judged against the
 * lesson's MDX) and marks the lesson done. Returns false for an unknown
 * check or option.
 */
export async function answerCheck({
  userId,
  cohortId,
  moduleKey,
  lesson,
  checkId,
  optionIndex,
}: Scope & { checkId: string; optionIndex: number }): Promise<boolean> {
  const options = (await lessonInteractions(lesson.source)).checks[checkId];
  if (
    !options ||
    !Number.isInteger(optionIndex) ||
    optionIndex < 0 ||
    optionIndex >= options.length
  )
    return false;
  const id = interactionId(moduleKey, lesson.slug, checkId);
  const correct = options[optionIndex];
  await db.$transaction([
    db.checkAnswer.upsert({
      where: { userId_cohortId_checkId: { userId, cohortId, checkId: id } },
      create: { userId, cohortId, checkId: id, moduleKey, optionIndex, correct },
      update: { optionIndex, correct, answeredAt: new Date() },
    }),
    db.lessonProgress.createMany({
      data: [{ userId, cohortId, moduleKey, lessonSlug: lesson.slug }],
      skipDuplicates: true,
    }),
  ]);
  return true;
}

/** Saves the learner's private reflection. Returns false for an unknown reflection. */
export async function saveReflection({
  userId,
  cohortId,
  moduleKey,
  lesson,
  reflectionId,
  text,
}: Scope & { reflectionId: string; text: string }): Promise<boolean> {
  if (!(await lessonInteractions(lesson.source)).reflections.includes(reflectionId)) return false;
  const id = interactionId(moduleKey, lesson.slug, reflectionId);
  await db.reflection.upsert({
    where: { userId_cohortId_reflectionId: { userId, cohortId, reflectionId: id } },
    create: { userId, cohortId, reflectionId: id, moduleKey, text },
    update: { text },
  });
  return true;
}
