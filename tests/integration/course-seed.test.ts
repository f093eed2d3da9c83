import { describe, expect, it } from "vitest";
import * as cohortRoute from "~/routes/groepen.$cohortId._index";
import * as certificateRoute from "~/routes/groepen.$cohortId.certificaat";
import { getCompletion } from "~/modules/cohorts/completion.server";
import { db } from "~/utils/db.server";
import { loadCourseRun } from "~/modules/courses/course-run.server";
import { seedDemoIfEmpty } from "../../prisma/seed";
import { asUser } from "./course-helpers";

it("the demo cohort follows the core plus two local modules, one written in the browser", async () => {
  await seedDemoIfEmpty(process.env.DATABASE_URL);
  const cohort = await db.cohort.findFirstOrThrow({
    where: { name: "Sportcoach Enschede najaar 2026" },
  });
  const run = (await loadCourseRun({ cohortId: cohort.id }))?.modules ?? [];
  expect(run.map((module) => module.kind)).toEqual([...Array(8).fill("kern"), "lokaal", "lm"]);
  expect(run.at(-1)).toMatchObject({ title: "Samenwerken in Enschede-Oost", required: false });
  expect(run.at(-1)?.lessons).toHaveLength(2);
});

describe("the demo data", () => {
  it("the certificate page and the cohort page's to-do list agree for every participant of the demo cohort", async () => {
    await seedDemoIfEmpty(process.env.DATABASE_URL!);
    const cohort = await db.cohort.findFirstOrThrow({
      where: { name: "Sportcoach Enschede najaar 2026" },
      select: {
        id: true,
        members: { where: { role: "PARTICIPANT", removedAt: null }, select: { userId: true } },
      },
    });
    const where = { params: { cohortId: cohort.id } };
    let ready = 0;
    for (const { userId } of cohort.members) {
      const page = await (
        await asUser(userId, cohortRoute.loader, { ...where, path: `/groepen/${cohort.id}` })
      ).json();
      const certificate = await (
        await asUser(userId, certificateRoute.loader, {
          ...where,
          path: `/groepen/${cohort.id}/certificaat`,
        })
      ).json();
      const certificateSaysReady =
        Boolean(certificate.certificate) || certificate.completion?.complete === true;
      expect({ userId, cohortPageSaysDone: page.completion.complete }).toEqual({
        userId,
        cohortPageSaysDone: certificateSaysReady,
      });
      if (certificateSaysReady) {
        ready += 1;
        expect(await getCompletion({ cohortId: cohort.id, userId })).toMatchObject({
          complete: true,
          missingModuleTitles: [],
        });
      }
    }
    expect(ready).toBeGreaterThan(0);
    expect(cohort.members.length).toBeGreaterThan(ready);
  });
});
