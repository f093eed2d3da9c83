import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { getCompletion, getCompletions } from "~/modules/cohorts/completion.server";
import { factories } from "../factories";

const make = factories(db);

// Issue 20: a club register of 400 members asks for every completion in one query; it must agree with the one-by-one check.
describe("completion checks in one query", () => {
  it("gives each (cohort, person) pair the same answer as getCompletion", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const [done, halfway, outsider] = await Promise.all([make.user(), make.user(), make.user()]);
    const cohort = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [done.id, halfway.id],
    });
    const other = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [halfway.id],
    });
    await make.courseCompletion({
      cohortId: cohort.id,
      userId: done.id,
      recordedById: facilitator.id,
    });
    const version = await make.coreVersion();
    const lesson = version.files.core[0];
    await db.lessonProgress.create({
      data: {
        userId: halfway.id,
        cohortId: cohort.id,
        moduleKey: lesson.key,
        lessonSlug: lesson.lessons[0].slug,
      },
    });
    const pairs = [
      { cohortId: cohort.id, userId: done.id },
      { cohortId: cohort.id, userId: halfway.id },
      { cohortId: other.id, userId: halfway.id },
      { cohortId: cohort.id, userId: outsider.id },
    ];
    const batch = await getCompletions(pairs);
    for (const pair of pairs)
      expect(batch.get(`${pair.cohortId} ${pair.userId}`)).toEqual(await getCompletion(pair));
    expect(batch.get(`${cohort.id} ${done.id}`)?.complete).toBe(true);
    expect(batch.get(`${cohort.id} ${halfway.id}`)?.complete).toBe(false);
  });
});
