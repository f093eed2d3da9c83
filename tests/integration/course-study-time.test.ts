import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as lessonRoute from "~/routes/groepen_.$cohortId_.cursus.$kind.$module.$lesson";
import * as progressRoute from "~/routes/groepen.$cohortId.overzicht";
import { readCourseFiles } from "~/modules/courses/course-files.server";
import { exportPersonalData } from "~/flows/personal-data.server";
import { factories } from "../factories";
import { asUser } from "./course-helpers";

const make = factories(db);
const teamprocessen = readCourseFiles().core.find((module) => module.key === "kern/teamprocessen")!;
const where = (cohortId: string, slug: string) => ({
  path: `/groepen/${cohortId}/cursus/kern/teamprocessen/${slug}`,
  params: { cohortId, kind: "kern", module: "teamprocessen", lesson: slug },
});

/** A participant who opened each lesson of Teamprocessen and finished it `minutes[i]` minutes later. */
async function studied(cohortId: string, userId: string, minutes: number[]) {
  const start = new Date("2026-11-20T18:00:00Z").getTime();
  for (const [index, lesson] of teamprocessen.lessons.entries()) {
    const openedAt = new Date(start + index * 3_600_000);
    await db.lessonVisit.create({
      data: { userId, cohortId, moduleKey: teamprocessen.key, lessonSlug: lesson.slug, openedAt },
    });
    await db.lessonProgress.create({
      data: {
        userId,
        cohortId,
        moduleKey: teamprocessen.key,
        lessonSlug: lesson.slug,
        completedAt: new Date(openedAt.getTime() + minutes[index]! * 60_000),
      },
    });
  }
}

describe("measured study time", () => {
  it("the lesson page notes the first opening only, without a state change on GET", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const learner = await make.user();
    const cohort = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [learner.id],
    });
    const lesson = where(cohort.id, "van-groep-naar-team");
    expect((await asUser(learner.id, lessonRoute.loader, lesson)).status).toBe(200);
    expect(await db.lessonVisit.count()).toBe(0);
    expect(
      (await asUser(learner.id, lessonRoute.action, { ...lesson, form: { intent: "opened" } }))
        .status,
    ).toBe(200);
    const first = await db.lessonVisit.findFirstOrThrow({ where: { userId: learner.id } });
    await asUser(learner.id, lessonRoute.action, { ...lesson, form: { intent: "opened" } });
    expect(await db.lessonVisit.findMany({ where: { userId: learner.id } })).toEqual([first]);
    // It is the learner's own data: part of the download.
    const data = await exportPersonalData({ userId: learner.id });
    expect(JSON.stringify(data)).toContain("van-groep-naar-team");
    expect(
      lessonRoute.shouldRevalidate({
        formData: new URLSearchParams({ intent: "opened" }) as unknown as FormData,
        defaultShouldRevalidate: true,
      } as never),
    ).toBe(false);
  });

  it("the facilitator sees the median per module next to the estimate, only from five participants, capped per lesson", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const people = await Promise.all(Array.from({ length: 6 }, () => make.user()));
    const cohort = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: people.map((person) => person.id),
    });
    const page = async () => {
      const response = await asUser(facilitator.id, progressRoute.loader, {
        path: `/groepen/${cohort.id}/overzicht`,
        params: { cohortId: cohort.id },
      });
      return (await response.json()).times.find(
        (row: { key: string }) => row.key === "kern/teamprocessen",
      );
    };
    // Four people: no figure yet.
    for (const [index, person] of people.slice(0, 4).entries())
      await studied(cohort.id, person.id, [5 + index, 10, 10]);
    expect(await page()).toMatchObject({
      estimate: teamprocessen.minutes,
      median: null,
      people: null,
    });
    // The fifth left a tab open for hours: that lesson counts for 60 minutes. Totals 25, 26, 27, 28, 80 -> median 27.
    await studied(cohort.id, people[4]!.id, [600, 10, 10]);
    expect(await page()).toMatchObject({ estimate: teamprocessen.minutes, median: 27, people: 5 });
    // Someone who finished only part of the module does not count.
    await db.lessonVisit.create({
      data: {
        userId: people[5]!.id,
        cohortId: cohort.id,
        moduleKey: teamprocessen.key,
        lessonSlug: teamprocessen.lessons[0]!.slug,
      },
    });
    await db.lessonProgress.create({
      data: {
        userId: people[5]!.id,
        cohortId: cohort.id,
        moduleKey: teamprocessen.key,
        lessonSlug: teamprocessen.lessons[0]!.slug,
      },
    });
    expect(await page()).toMatchObject({ median: 27, people: 5 });
  });
});
