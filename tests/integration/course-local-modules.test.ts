import { keyFromData } from "~/i18n/translate";
import { describe, expect, it } from "vitest";
import { translator } from "~/i18n/catalogues.server";
import { db } from "~/utils/db.server";
import * as newModule from "~/routes/modules.nieuw";
import * as editModule from "~/routes/modules.$moduleId.bewerken";
import * as viewModule from "~/routes/modules.$moduleId._index";
import * as runRoute from "~/routes/groepen_.$cohortId_.cursus.indeling";
import * as overviewRoute from "~/routes/groepen_.$cohortId_.cursus._index";
import * as lessonRoute from "~/routes/groepen_.$cohortId_.cursus.$kind.$module.$lesson";
import { compileMdx, findLessonModule } from "~/modules/courses/compile-mdx.server";
import { readCourseFiles, toManifest } from "~/modules/courses/course-files.server";
import { factories } from "../factories";
import { asUser } from "./course-helpers";

const make = factories(db);
const t = translator("nl");

const moduleForm = (body: string, extra: Record<string, string> = {}) => ({
  title: "Wijkteam Zuid en de club",
  goals: "Je kent de verenigingscoach\nJe weet wanneer je belt",
  region: "Enschede",
  "lessons.0.slug": "",
  "lessons.0.title": "Kennismaken met het wijkteam",
  "lessons.0.minutes": "15",
  "lessons.0.body": body,
  intent: "draft",
  ...extra,
});

const SAFE = `## Wie zit er in het wijkteam?

Het wijkteam helpt gezinnen in de wijk.

<Reflectie id="wijk" vraag="Ken jij iemand van het wijkteam?" />

<Kennischeck id="bellen" vraag="Wanneer bel je het wijkteam?">
<Optie feedback="Nee, dat hoeft niet.">Bij elke blessure</Optie>
<Optie juist feedback="Ja, samen weet je meer.">Als je je zorgen maakt over een jongere</Optie>
</Kennischeck>
`;

const refused: [string, string, string][] = [
  ["import", 'import x from "y"', "import-export"],
  ["export", "export const a = 1", "import-export"],
  ["an {expression}", "Twee keer twee is {1+1}.", "expression"],
  ["an unknown component", "<Onbekend />", "unknown-component"],
  ["<script>", "<script>alert(1)</script>", "script"],
  ["an onClick handler", '<Kader soort="tip" onClick="alert(1)">Klik</Kader>', "event-handler"],
  ["a javascript: link", "[klik hier](javascript:alert(1))", "unsafe-link"],
];

const counts = async () => ({
  modules: await db.localModule.count(),
  versions: await db.localModuleVersion.count(),
});

describe("local modules refuse unsafe MDX before storing anything", () => {
  it.each(refused)("refuses %s with a message naming the line", async (_, construct, code) => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const before = await counts();
    for (const intent of ["draft", "publish", "preview:0"]) {
      const response = await asUser(facilitator.id, newModule.action, {
        path: "/modules/nieuw",
        params: {},
        form: moduleForm(`# Les\n\n${construct}\n\nEn dan verder.`, { intent }),
      });
      expect(response.status).toBe(400);
      const data = await response.json();
      const problems = data.problems["0"] as { line: number; code: string; detail?: string }[];
      expect(problems).toContainEqual(expect.objectContaining({ line: 3, code }));
      const message = t(keyFromData(`mdx.${code}`), {
        line: problems[0].line,
        detail: problems[0].detail ?? "",
      });
      expect(message).toMatch(/^Regel 3: /);
      expect(data.preview).toBeNull();
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses it in an existing module too, keeping the stored versions as they were", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const saved = await asUser(facilitator.id, newModule.action, {
      path: "/modules/nieuw",
      params: {},
      form: moduleForm(SAFE),
    });
    const moduleId = saved.headers.get("Location")!.split("/")[2];
    const before = await counts();
    const response = await asUser(facilitator.id, editModule.action, {
      path: `/modules/${moduleId}/bewerken`,
      params: { moduleId },
      form: moduleForm(`${SAFE}\n<script>alert(1)</script>\n`, { intent: "publish" }),
    });
    expect(response.status).toBe(400);
    expect(await counts()).toEqual(before);
    expect(await db.localModule.findUniqueOrThrow({ where: { id: moduleId } })).toMatchObject({
      status: "DRAFT",
      publishedVersionId: null,
    });
  });
});

describe("writing, publishing and sharing local modules", () => {
  it("drafts, previews, publishes and edits; learners see the published version in the run order", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const learner = await make.user();
    const before = await counts();
    const preview = await asUser(facilitator.id, newModule.action, {
      path: "/modules/nieuw",
      params: {},
      form: moduleForm(SAFE, { intent: "preview:0" }),
    });
    const previewData = await preview.json();
    expect(previewData.preview.module).toMatch(/^\/lescode\/m10a-[0-9a-f]{64}\.js$/);
    // The preview's module (decision 023) is the compiled lesson, with its Kennischeck.
    expect(
      (await findLessonModule(previewData.preview.module.slice("/lescode/".length)))?.code,
    ).toContain("Kennischeck");
    expect(await counts()).toEqual(before);

    const draft = await asUser(facilitator.id, newModule.action, {
      path: "/modules/nieuw",
      params: {},
      form: moduleForm(SAFE),
    });
    expect(draft.status).toBe(302);
    const moduleId = draft.headers.get("Location")!.split("/")[2];
    const editPage = await (
      await asUser(facilitator.id, editModule.loader, {
        path: `/modules/${moduleId}/bewerken`,
        params: { moduleId },
      })
    ).json();
    expect(editPage.values.lessons[0]).toMatchObject({
      slug: "kennismaken-met-het-wijkteam",
      minutes: "15",
    });

    const form = (extra: Record<string, string>) =>
      moduleForm(SAFE, { "lessons.0.slug": "kennismaken-met-het-wijkteam", ...extra });
    await asUser(facilitator.id, editModule.action, {
      path: `/modules/${moduleId}/bewerken`,
      params: { moduleId },
      form: form({ intent: "publish" }),
    });
    await asUser(facilitator.id, editModule.action, {
      path: `/modules/${moduleId}/bewerken`,
      params: { moduleId },
      form: form({ intent: "draft", title: "Wijkteam Zuid (concept)" }),
    });
    const versions = await db.localModuleVersion.findMany({
      where: { moduleId },
      orderBy: { number: "asc" },
    });
    expect(versions.map((v) => [v.number, v.title, Boolean(v.publishedAt)])).toEqual([
      [1, "Wijkteam Zuid en de club", false],
      [2, "Wijkteam Zuid en de club", true],
      [3, "Wijkteam Zuid (concept)", false],
    ]);

    const cohort = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [learner.id],
    });
    const run = (form: Record<string, string>) =>
      asUser(facilitator.id, runRoute.action, {
        path: `/groepen/${cohort.id}/cursus/indeling`,
        params: { cohortId: cohort.id },
        form,
      });
    expect((await run({ intent: "add", moduleKey: `lm/${moduleId}`, required: "on" })).status).toBe(
      302,
    );
    await run({ intent: "add", moduleKey: "lokaal/enschede" });
    await run({ intent: "up", moduleKey: "lokaal/enschede" });

    const overview = await (
      await asUser(learner.id, overviewRoute.loader, {
        path: `/groepen/${cohort.id}/cursus`,
        params: { cohortId: cohort.id },
      })
    ).json();
    const keys = overview.modules.map((module: { key: string }) => module.key);
    expect(keys.slice(-3)).toEqual(["kern/vrijwilligers", "lokaal/enschede", `lm/${moduleId}`]);
    expect(keys).toHaveLength(10);
    const local = overview.modules.find(
      (module: { key: string }) => module.key === `lm/${moduleId}`,
    );
    expect(local).toMatchObject({ title: "Wijkteam Zuid en de club", required: true });
    expect(overview.modules.at(-2)).toMatchObject({ required: false });

    const lesson = await (
      await asUser(learner.id, lessonRoute.loader, {
        path: "",
        params: {
          cohortId: cohort.id,
          kind: "lm",
          module: moduleId,
          lesson: "kennismaken-met-het-wijkteam",
        },
      })
    ).json();
    expect(lesson.lesson.title).toBe("Kennismaken met het wijkteam");
    expect(lesson.previous.moduleKey).toBe("lokaal/enschede");
    expect(lesson.next).toBeNull();
    expect(await db.compiledContent.count()).toBeGreaterThan(0);

    // A learner can never write or manage: the editor and the run page are closed.
    expect(
      (
        await asUser(learner.id, newModule.action, {
          path: "/modules/nieuw",
          params: {},
          form: moduleForm(SAFE),
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await asUser(learner.id, runRoute.action, {
          path: "",
          params: { cohortId: cohort.id },
          form: { intent: "remove", moduleKey: `lm/${moduleId}` },
        })
      ).status,
    ).toBe(403);
  });

  it("others read the published version only, cannot edit it, and copy it to edit", async () => {
    const owner = await make.user({ role: "FACILITATOR", name: "Marieke de Vries" });
    const other = await make.user({ role: "FACILITATOR", name: "Joost Kramer" });
    const saved = await asUser(owner.id, newModule.action, {
      path: "/modules/nieuw",
      params: {},
      form: moduleForm(SAFE, { intent: "publish" }),
    });
    const moduleId = saved.headers.get("Location")!.split("/")[2];

    expect(
      (await asUser(other.id, editModule.loader, { path: "", params: { moduleId } })).status,
    ).toBe(404);
    const before = await counts();
    expect(
      (
        await asUser(other.id, editModule.action, {
          path: "",
          params: { moduleId },
          form: moduleForm(SAFE, { title: "Gekaapt" }),
        })
      ).status,
    ).toBe(404);
    expect(await counts()).toEqual(before);

    const view = await (
      await asUser(other.id, viewModule.loader, { path: "", params: { moduleId } })
    ).json();
    expect(view.module).toMatchObject({
      isOwner: false,
      title: "Wijkteam Zuid en de club",
      history: [],
    });

    const copied = await asUser(other.id, viewModule.action, {
      path: "",
      params: { moduleId },
      form: { intent: "copy" },
    });
    const copyId = copied.headers.get("Location")!.split("/")[2];
    expect(await db.localModule.findUniqueOrThrow({ where: { id: copyId } })).toMatchObject({
      ownerId: other.id,
      copiedFromId: moduleId,
      status: "DRAFT",
    });
    expect(
      (
        await (
          await asUser(other.id, editModule.loader, { path: "", params: { moduleId: copyId } })
        ).json()
      ).values.title,
    ).toBe("Wijkteam Zuid en de club");
  });
});

describe("core versions", () => {
  it("a cohort keeps its version until the facilitator moves it; progress survives", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const learner = await make.user();
    const cohort = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [learner.id],
    });
    // The old version did not have the volunteers module yet.
    const manifest = toManifest(readCourseFiles());
    manifest.core = manifest.core.filter((module) => module.key !== "kern/vrijwilligers");
    await db.coreVersion.create({ data: { id: "kern-oud000000", label: "Kern 2025.2", manifest } });
    await db.cohort.update({ where: { id: cohort.id }, data: { coreVersionId: "kern-oud000000" } });
    await db.cohortModule.deleteMany({
      where: { cohortId: cohort.id, moduleKey: "kern/vrijwilligers" },
    });
    await db.lessonProgress.create({
      data: {
        userId: learner.id,
        cohortId: cohort.id,
        moduleKey: "kern/teamprocessen",
        lessonSlug: "van-groep-naar-team",
      },
    });

    const before = await (
      await asUser(learner.id, overviewRoute.loader, { path: "", params: { cohortId: cohort.id } })
    ).json();
    expect(before.version).toMatchObject({ cohort: "Kern 2025.2", cohortId: "kern-oud000000" });
    expect(before.modules).toHaveLength(7);

    const moved = await asUser(facilitator.id, runRoute.action, {
      path: "",
      params: { cohortId: cohort.id },
      form: { intent: "newest-core" },
    });
    expect(moved.status).toBe(302);
    const after = await (
      await asUser(learner.id, overviewRoute.loader, { path: "", params: { cohortId: cohort.id } })
    ).json();
    expect(after.version.cohortId).toBe(after.version.currentId);
    expect(after.modules.map((module: { key: string }) => module.key).at(-1)).toBe(
      "kern/vrijwilligers",
    );
    expect(
      after.modules.find((module: { key: string }) => module.key === "kern/teamprocessen").progress,
    ).toEqual({ done: 1, total: 3 });
  });
});

describe("compiling", () => {
  it("stores compiled MDX by content hash and serves the same code again", async () => {
    const source = `# Test ${Date.now()}\n\nTekst.`;
    const first = await compileMdx(source);
    const rows = await db.compiledContent.count();
    const second = await compileMdx(source);
    expect(second).toBe(first);
    expect(await db.compiledContent.count()).toBe(rows);
  });
});
