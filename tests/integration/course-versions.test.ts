import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as runRoute from "~/routes/groepen_.$cohortId_.cursus.indeling";
import * as overviewRoute from "~/routes/groepen_.$cohortId_.cursus._index";
import * as lessonRoute from "~/routes/groepen_.$cohortId_.cursus.$kind.$module.$lesson";
import * as lessonCodeRoute from "~/routes/lescode.$file";
import { getCompletion } from "~/modules/cohorts/completion.server";
import { toManifest, readCourseFiles } from "~/modules/courses/course-files.server";
import { saveLocalModule } from "~/modules/courses/save-local-module.server";
import { factories } from "../factories";
import { asUser } from "./course-helpers";

const make = factories(db);

/** The text of the lesson a learner is shown: the compiled module the page links to (decision 023). */
async function lessonCode(userId: string, page: { lessonModule: string }) {
  const file = page.lessonModule.split("/").pop()!;
  const response = await asUser(userId, lessonCodeRoute.loader, {
    path: page.lessonModule,
    params: { file },
  });
  expect(response.status).toBe(200);
  return response.text();
}

const OLD_TEXT = "In versie 1 stond hier een andere uitleg over groepsfasen.";
const lessonBody = (title: string, text: string) =>
  `---\nslug: x\ntitle: ${title}\norder: 1\nminutes: 10\n---\n\n## ${title}\n\n${text}\n`;

/** A core version 1 as registered before the files changed: one lesson had another text, and one lesson existed that the files no longer have. */
async function registerVersionOne() {
  const manifest = toManifest(readCourseFiles());
  const module = manifest.core.find((candidate) => candidate.key === "kern/teamprocessen")!;
  const suffix = Math.random().toString(36).slice(2, 8);
  // Stored by the sha256 of their text, as registering a version does (the text carries the run's suffix, so each run stores its own).
  const changed = lessonBody("Van groep naar team", `${OLD_TEXT} (${suffix})`);
  const removed = lessonBody(
    "Een les die verdween",
    `Deze les staat alleen in versie 1 (${suffix}).`,
  );
  const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
  module.lessons = module.lessons.map((lesson) =>
    lesson.slug === "van-groep-naar-team" ? { ...lesson, hash: sha256(changed) } : lesson,
  );
  module.lessons.push({
    slug: "oude-les",
    title: "Een les die verdween",
    order: 99,
    minutes: 10,
    hash: sha256(removed),
  });
  await db.lessonSource.createMany({
    data: [
      { hash: sha256(changed), body: changed },
      { hash: sha256(removed), body: removed },
    ],
  });
  const id = `kern-v1-${suffix}`;
  await db.coreVersion.create({ data: { id, label: "2025.1", manifest } });
  return id;
}

const lesson = (cohortId: string, module: string, slug: string, kind = "kern") => ({
  path: `/groepen/${cohortId}/cursus/${kind}/${module}/${slug}`,
  params: { cohortId, kind, module, lesson: slug },
});
const runPage = (cohortId: string) => ({
  path: `/groepen/${cohortId}/cursus/indeling`,
  params: { cohortId },
});

describe("a cohort keeps the core version it is on", () => {
  it("reads version 1's text until moved; after the move a lesson version 2 removed no longer blocks completion, and kept progress stays", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const learner = await make.user({ name: "Lotte Smit" });
    const cohort = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [learner.id],
    });
    const v1 = await registerVersionOne();
    await db.cohort.update({ where: { id: cohort.id }, data: { coreVersionId: v1 } });

    const changed = await (
      await asUser(
        learner.id,
        lessonRoute.loader,
        lesson(cohort.id, "teamprocessen", "van-groep-naar-team"),
      )
    ).json();
    expect(await lessonCode(learner.id, changed)).toContain(OLD_TEXT);
    expect(
      (await asUser(learner.id, lessonRoute.loader, lesson(cohort.id, "teamprocessen", "oude-les")))
        .status,
    ).toBe(200);

    // Everything version 2 asks for, but not the lesson only version 1 has.
    await make.courseCompletion({
      cohortId: cohort.id,
      userId: learner.id,
      recordedById: facilitator.id,
    });
    await db.lessonProgress.deleteMany({ where: { userId: learner.id, lessonSlug: "oude-les" } });
    const before = await getCompletion({ cohortId: cohort.id, userId: learner.id });
    expect(before).toMatchObject({ complete: false, missingModuleTitles: ["Teamprocessen"] });

    // The facilitator sees what the new version changes before moving on purpose.
    const editor = await (await asUser(facilitator.id, runRoute.loader, runPage(cohort.id))).json();
    const update = editor.coreUpdates.find(
      (candidate: { key: string }) => candidate.key === "kern/teamprocessen",
    );
    expect(update).toMatchObject({
      changed: [{ slug: "van-groep-naar-team" }],
      removed: [{ slug: "oude-les" }],
      added: [],
    });

    expect(
      (
        await asUser(facilitator.id, runRoute.action, {
          ...runPage(cohort.id),
          form: { intent: "newest-core" },
        })
      ).status,
    ).toBe(302);
    expect(await getCompletion({ cohortId: cohort.id, userId: learner.id })).toMatchObject({
      complete: true,
    });
    const moved = await (
      await asUser(
        learner.id,
        lessonRoute.loader,
        lesson(cohort.id, "teamprocessen", "van-groep-naar-team"),
      )
    ).json();
    expect(await lessonCode(learner.id, moved)).not.toContain(OLD_TEXT);
    expect(moved.lesson.done).toBe(true);
    expect(
      (await asUser(learner.id, lessonRoute.loader, lesson(cohort.id, "teamprocessen", "oude-les")))
        .status,
    ).toBe(404);
    // The learner is told which lesson is new or changed.
    const overview = await (
      await asUser(learner.id, overviewRoute.loader, {
        path: `/groepen/${cohort.id}/cursus`,
        params: { cohortId: cohort.id },
      })
    ).json();
    const module = overview.modules.find(
      (candidate: { key: string }) => candidate.key === "kern/teamprocessen",
    );
    expect(
      module.lessons
        .filter((item: { isNew: boolean }) => item.isNew)
        .map((item: { slug: string }) => item.slug),
    ).toEqual(["van-groep-naar-team"]);
  });
});

const localLesson = (slug: string, text: string) => ({
  slug,
  title: `Les ${slug}`,
  minutes: 10,
  body: `## ${slug}\n\n${text}\n`,
});

describe("a cohort keeps the version of a local module it follows", () => {
  it("changes nothing when the author publishes a new version, until the facilitator moves; the facilitator sees what changed", async () => {
    const author = await make.user({ role: "FACILITATOR", name: "Auteur Ali" });
    const facilitator = await make.user({ role: "FACILITATOR" });
    const learner = await make.user();
    const cohort = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [learner.id],
    });
    const input = { title: "Wijkteam Zuid", goals: ["Je kent het wijkteam"], region: "Enschede" };
    const first = await saveLocalModule({
      ownerId: author.id,
      moduleId: null,
      input: {
        ...input,
        lessons: [
          localLesson("wie", "Tekst van versie een."),
          localLesson("bellen", "Bel bij zorgen."),
        ],
      },
      publish: true,
    });
    const key = `lm/${first!.moduleId}`;
    expect(
      (
        await asUser(facilitator.id, runRoute.action, {
          ...runPage(cohort.id),
          form: { intent: "add", moduleKey: key, required: "on" },
        })
      ).status,
    ).toBe(302);

    // The learner finishes the module as it is.
    await make.courseCompletion({
      cohortId: cohort.id,
      userId: learner.id,
      recordedById: facilitator.id,
    });
    for (const slug of ["wie", "bellen"])
      await db.lessonProgress.create({
        data: { userId: learner.id, cohortId: cohort.id, moduleKey: key, lessonSlug: slug },
      });
    expect(await getCompletion({ cohortId: cohort.id, userId: learner.id })).toMatchObject({
      complete: true,
    });

    // The author publishes version 2: one lesson changed, one added, one removed.
    await saveLocalModule({
      ownerId: author.id,
      moduleId: first!.moduleId,
      input: {
        ...input,
        lessons: [
          localLesson("wie", "Tekst van versie twee."),
          localLesson("nieuw", "Een nieuwe les."),
        ],
      },
      publish: true,
    });

    const pinned = await (
      await asUser(learner.id, lessonRoute.loader, lesson(cohort.id, first!.moduleId, "wie", "lm"))
    ).json();
    expect(await lessonCode(learner.id, pinned)).toContain("Tekst van versie een.");
    expect(
      (
        await asUser(
          learner.id,
          lessonRoute.loader,
          lesson(cohort.id, first!.moduleId, "nieuw", "lm"),
        )
      ).status,
    ).toBe(404);
    expect(await getCompletion({ cohortId: cohort.id, userId: learner.id })).toMatchObject({
      complete: true,
    });

    const overviewPath = { path: `/groepen/${cohort.id}/cursus`, params: { cohortId: cohort.id } };
    expect(
      (await (await asUser(facilitator.id, overviewRoute.loader, overviewPath)).json()).newerLocal,
    ).toEqual(["Wijkteam Zuid"]);
    expect(
      (await (await asUser(learner.id, overviewRoute.loader, overviewPath)).json()).newerLocal,
    ).toEqual([]);
    const editor = await (await asUser(facilitator.id, runRoute.loader, runPage(cohort.id))).json();
    expect(editor.localUpdates).toEqual([
      {
        key,
        title: "Wijkteam Zuid",
        from: 1,
        to: 2,
        added: [{ slug: "nieuw", title: "Les nieuw" }],
        removed: [{ slug: "bellen", title: "Les bellen" }],
        changed: [{ slug: "wie", title: "Les wie" }],
      },
    ]);

    expect(
      (
        await asUser(facilitator.id, runRoute.action, {
          ...runPage(cohort.id),
          form: { intent: "newest-local", moduleKey: key },
        })
      ).headers.get("Location"),
    ).toContain("gedaan=lokaal");
    const moved = await (
      await asUser(learner.id, lessonRoute.loader, lesson(cohort.id, first!.moduleId, "wie", "lm"))
    ).json();
    expect(await lessonCode(learner.id, moved)).toContain("Tekst van versie twee.");
    expect(moved.lesson.done).toBe(true);
    expect(await getCompletion({ cohortId: cohort.id, userId: learner.id })).toMatchObject({
      complete: false,
      missingModuleTitles: ["Wijkteam Zuid"],
    });
    const after = await (await asUser(facilitator.id, runRoute.loader, runPage(cohort.id))).json();
    expect(after.localUpdates).toEqual([]);
    expect(
      (await (await asUser(facilitator.id, overviewRoute.loader, overviewPath)).json()).newerLocal,
    ).toEqual([]);
  });
});
