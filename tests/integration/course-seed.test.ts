import { expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { loadCourseRun } from "~/modules/courses/load-run.server";
import { seedDemoIfEmpty } from "../../prisma/seed";

it("the demo cohort follows the core plus two local modules, one written in the browser", async () => {
  await seedDemoIfEmpty(process.env.DATABASE_URL);
  const cohort = await db.cohort.findFirstOrThrow({ where: { name: "Sportcoach Enschede najaar 2026" } });
  const run = await loadCourseRun({ cohortId: cohort.id });
  expect(run.map((module) => module.kind)).toEqual([...Array(8).fill("kern"), "lokaal", "lm"]);
  expect(run.at(-1)).toMatchObject({ title: "Samenwerken in Enschede-Oost", required: false });
  expect(run.at(-1)?.lessons).toHaveLength(2);
});
