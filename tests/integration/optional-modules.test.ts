import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as runRoute from "~/routes/groepen_.$cohortId_.cursus.indeling";
import { getCompletion } from "~/modules/cohorts/completion.server";
import { factories } from "../factories";
import { asUser } from "./course-helpers";
import { twoCohorts } from "./forum-helpers";

const make = factories(db);

/** Every lesson done except those of the core modules meant for coordinators and boards; nothing else asked. */
async function allButTheCoordinatorModules() {
  const { a } = await twoCohorts();
  await db.cohort.update({
    where: { id: a.id },
    data: { requireEvaluation: false, crossSectorCase: false, tandemRequired: false },
  });
  const { files } = await make.coreVersion();
  const forCoordinators = files.core.filter((module) => module.audience === "coordinators");
  const rest = files.core.filter((module) => module.audience !== "coordinators");
  await db.lessonProgress.createMany({
    data: rest.flatMap((module) =>
      module.lessons.map((lesson) => ({
        userId: a.sport.id,
        cohortId: a.id,
        moduleKey: module.key,
        lessonSlug: lesson.slug,
      })),
    ),
  });
  return { a, forCoordinators, rest };
}

describe("core modules meant for coordinators and boards", () => {
  it("are marked in the frontmatter: modules 7 and 8, no others", async () => {
    const { forCoordinators } = await allButTheCoordinatorModules();
    expect(forCoordinators.map((module) => module.order)).toEqual([7, 8]);
  });

  it("are required by default, can be made optional (then completion does not need them), and no other core module can", async () => {
    const { a, forCoordinators, rest } = await allButTheCoordinatorModules();
    const byDefault = await getCompletion({ cohortId: a.id, userId: a.sport.id });
    expect(byDefault?.complete).toBe(false);
    expect(byDefault?.missing.modules).toEqual(forCoordinators.map((module) => module.key));

    const run = { path: `/groepen/${a.id}/cursus/indeling`, params: { cohortId: a.id } };
    const editor = await (await asUser(a.facilitator.id, runRoute.loader, run)).json();
    expect(
      editor.run
        .filter((module: { forCoordinators: boolean }) => module.forCoordinators)
        .map((module: { key: string }) => module.key),
    ).toEqual(forCoordinators.map((module) => module.key));

    // A core module for everyone stays required: the editor says it could not be done.
    const refused = await asUser(a.facilitator.id, runRoute.action, {
      ...run,
      form: { intent: "optional", moduleKey: rest[0].key },
    });
    expect(refused.headers.get("location")).toBe(`/groepen/${a.id}/cursus/indeling?gedaan=fout`);
    expect(
      (
        await db.cohortModule.findUniqueOrThrow({
          where: { cohortId_moduleKey: { cohortId: a.id, moduleKey: rest[0].key } },
        })
      ).required,
    ).toBe(true);

    for (const module of forCoordinators) {
      const done = await asUser(a.facilitator.id, runRoute.action, {
        ...run,
        form: { intent: "optional", moduleKey: module.key },
      });
      expect(done.headers.get("location")).toBe(`/groepen/${a.id}/cursus/indeling?gedaan=ok`);
    }
    const optional = await getCompletion({ cohortId: a.id, userId: a.sport.id });
    expect(optional).toMatchObject({ complete: true, missing: { modules: [] } });
    // The checklist no longer lists them.
    expect(optional?.requiredModules.map((module) => module.key)).toEqual(
      rest.map((module) => module.key),
    );

    // And back to required.
    await asUser(a.facilitator.id, runRoute.action, {
      ...run,
      form: { intent: "required", moduleKey: forCoordinators[0].key },
    });
    expect((await getCompletion({ cohortId: a.id, userId: a.sport.id }))?.missing.modules).toEqual([
      forCoordinators[0].key,
    ]);
  });
});
