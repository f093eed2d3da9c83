import { db } from "~/utils/db.server";
import type { SpaceViewer } from "./space-access.server";
import type { Theme } from "./themes";

type CaseInput = {
  title: string;
  situation: string;
  whatIDid: string;
  question: string;
  themes: Theme[];
  pseudonymous: boolean;
  moduleKey: string | null;
};

/**
 * Stores a new case in the cohort's space or in the course-wide space (the
 * poster's cohort town goes with it, never the cohort itself). A shared
 * reflection is linked only when it is the poster's own.
 */
export async function postCase({
  viewer,
  fromCohortId,
  courseWide,
  input,
  reflectionId,
}: {
  viewer: SpaceViewer;
  fromCohortId: string;
  courseWide: boolean;
  input: CaseInput;
  reflectionId?: string | null;
}) {
  const cohort = await db.cohort.findUniqueOrThrow({
    where: { id: fromCohortId },
    select: { place: true },
  });
  const now = new Date();
  return db.$transaction(async (tx) => {
    const created = await tx.forumCase.create({
      data: {
        cohortId: courseWide ? null : fromCohortId,
        authorId: viewer.user.id,
        authorDomain: viewer.user.domain,
        authorTown: cohort.place,
        pseudonymous: input.pseudonymous,
        title: input.title,
        situation: input.situation,
        whatIDid: input.whatIDid,
        question: input.question,
        themes: input.themes,
        moduleKey: input.moduleKey,
        createdAt: now,
        lastReplyAt: now,
      },
      select: { id: true, cohortId: true },
    });
    await tx.threadRead.create({
      data: { userId: viewer.user.id, caseId: created.id, lastReadAt: now },
    });
    // The author follows their own case (they can unfollow it on the thread page).
    await tx.caseFollow.create({ data: { userId: viewer.user.id, caseId: created.id } });
    if (reflectionId) {
      await tx.reflection.updateMany({
        where: { id: reflectionId, userId: viewer.user.id, cohortId: fromCohortId },
        data: { sharedCaseId: created.id },
      });
    }
    return created;
  });
}

/**
 * The learner's own reflection, to start a case from: by its row id or by the
 * Reflectie's id in the lesson (a foreign id finds nothing).
 */
export function getOwnReflection({
  reflectionId,
  userId,
  cohortId,
}: {
  reflectionId: string;
  userId: string;
  cohortId: string;
}) {
  return db.reflection.findFirst({
    where: { OR: [{ id: reflectionId }, { reflectionId }], userId, cohortId },
    select: { id: true, text: true, moduleKey: true },
  });
}
