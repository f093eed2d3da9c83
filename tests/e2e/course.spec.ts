import { readFileSync } from "node:fs";
import { readCourseFiles } from "../../app/modules/courses/course-files.server";
import { expect, loginThroughForm, test } from "./fixtures";

const files = readCourseFiles();
const count = (source: string, tag: string) => source.split(`<${tag}`).length - 1;

test("every lesson of the core and the shipped local modules renders with its components", async ({
  page,
  make,
  login,
  db,
}) => {
  test.setTimeout(300_000);
  const learner = await login({ role: "participant" });
  const facilitator = await make.user({ role: "FACILITATOR" });
  const cohort = await make.cohort({ facilitatorId: facilitator.id, participantIds: [learner.id] });
  await db.cohortModule.createMany({
    data: files.local.map((module, index) => ({
      cohortId: cohort.id,
      moduleKey: module.key,
      position: 20 + index,
    })),
  });

  const modules = [...files.core, ...files.local];
  expect(modules.map((module) => module.kind)).toEqual([
    ...Array(8).fill("kern"),
    "lokaal",
    "lokaal",
  ]);
  await page.goto(`/groepen/${cohort.id}/cursus`);
  await expect(page.locator(".module-card h2")).toHaveText(modules.map((module) => module.title));

  for (const module of modules) {
    for (const lesson of module.lessons) {
      const source = readFileSync(lesson.file, "utf8");
      await page.goto(`/groepen/${cohort.id}/cursus/${module.key}/${lesson.slug}`);
      await expect(
        page.getByRole("heading", { level: 1 }),
        `${module.key}/${lesson.slug}`,
      ).toHaveText(lesson.title);
      await expect(
        page.locator(".lesson-body .reflectie"),
        `Reflectie in ${lesson.slug}`,
      ).toHaveCount(count(source, "Reflectie"));
      await expect(
        page.locator(".lesson-body .kennischeck"),
        `Kennischeck in ${lesson.slug}`,
      ).toHaveCount(count(source, "Kennischeck"));
      await expect(
        page.locator(".lesson-body .praktijkcasus"),
        `Praktijkcasus in ${lesson.slug}`,
      ).toHaveCount(count(source, "Praktijkcasus"));
      await expect(page.locator(".lesson-body .kader"), `Kader in ${lesson.slug}`).toHaveCount(
        count(source, "Kader"),
      );
      // The source note closes every lesson (decision 017): "Bron: Kracht van Sport, §2.2 …".
      await expect(
        page.locator(".lesson-body .bron").last(),
        `Bron in ${lesson.slug}`,
      ).toContainText(/^Bron: Kracht van Sport, .*(§\s*\d|bijlage \d)/);
      if (count(source, "Praktijkcasus")) {
        await expect(
          page.getByRole("link", { name: "Deel een casus uit je eigen praktijk" }).first(),
        ).toHaveAttribute(
          "href",
          new RegExp(
            `/groepen/${cohort.id}/casussen/nieuw\\?thema=[a-z-]+&module=${module.key.replace("/", "%2F")}`,
          ),
        );
      }
      for (const check of await page.locator(".lesson-body .kennischeck").all()) {
        expect(await check.getByRole("radio").count()).toBeGreaterThan(1);
      }
    }
  }
});

test("a facilitator writes, previews, publishes and edits a local module; a learner sees it in order", async ({
  page,
  make,
  login,
  db,
}) => {
  test.setTimeout(120_000);
  const facilitator = await login({ role: "facilitator", name: "Marieke de Vries" });
  const learner = await make.user({ name: "Sven Bakker" });
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: [learner.id],
    name: "Enschede najaar",
  });
  const title = `Sporten in Enschede-Zuid ${Date.now()}`;

  await page.getByRole("link", { name: "Lokale modules" }).first().click();
  await page.getByRole("link", { name: "Nieuwe module schrijven" }).click();
  await page.getByLabel("Titel van de module").fill(title);
  await page
    .getByLabel("Leerdoelen")
    .fill("Je kent het wijkteam\nJe weet wanneer je de verenigingscoach belt");
  await page.getByLabel("Regio of plaats").fill("Enschede");
  await page.getByLabel("Titel van les 1").fill("Het wijkteam");
  await page.getByLabel("Minuten voor les 1").fill("15");
  await page.getByLabel("Tekst van les 1").fill("## Wie helpt er?\n\n<script>alert(1)</script>\n");
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(
    page.getByText("Regel 3: een script is niet toegestaan in een lokale module."),
  ).toBeVisible();
  expect(await db.localModuleVersion.count({ where: { title } })).toBe(0);

  await page
    .getByLabel("Tekst van les 1")
    .fill(
      '## Wie helpt er?\n\nHet wijkteam helpt gezinnen in de wijk.\n\n<Kader soort="tip" titel="Bel gerust">\nDe verenigingscoach komt ook langs op de club.\n</Kader>\n\n<Kennischeck id="bellen" vraag="Wanneer bel je de verenigingscoach?">\n<Optie feedback="Nee, dat hoeft niet.">Bij elke blessure</Optie>\n<Optie juist feedback="Ja, samen weet je meer.">Als je je zorgen maakt over een speler</Optie>\n</Kennischeck>\n',
    );
  await page.getByRole("button", { name: "Voorbeeld van les 1" }).click();
  await expect(page.getByRole("heading", { name: "Voorbeeld: Het wijkteam" })).toBeVisible();
  await expect(
    page.locator(".preview").getByText("De verenigingscoach komt ook langs op de club."),
  ).toBeVisible();
  await expect(
    page.locator(".preview").getByText("Feedback: Ja, samen weet je meer."),
  ).toBeVisible();

  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(
    page.getByText(
      "De module is gepubliceerd. Begeleiders kunnen hem nu aan hun cursus toevoegen.",
    ),
  ).toBeVisible();
  await page.getByLabel("Titel van les 1").fill("Het wijkteam in Zuid");
  await page.getByRole("button", { name: "Les toevoegen" }).click();
  await page.getByLabel("Titel van les 2").fill("De signaleringswaaier");
  await page
    .getByLabel("Tekst van les 2")
    .fill("## Een signaal, wat nu?\n\nGebruik de waaier om de volgende stap te kiezen.");
  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(
    page.getByText(
      "De module is gepubliceerd. Begeleiders kunnen hem nu aan hun cursus toevoegen.",
    ),
  ).toBeVisible();
  await expect(page).toHaveURL(/gepubliceerd=2/);
  await expect(page.getByLabel("Titel van les 1")).toHaveValue("Het wijkteam in Zuid");

  await page.goto(`/groepen/${cohort.id}/cursus/indeling`);
  await page.getByRole("button", { name: `${title} toevoegen` }).click();
  await expect(page.getByText("De indeling is bijgewerkt.")).toBeVisible();
  await page.getByRole("button", { name: `${title} een plek omhoog` }).click();
  await expect(page.locator(".run-list").first().locator(".run-item strong").nth(7)).toHaveText(
    title,
  );

  await page.context().clearCookies();
  await loginThroughForm(page, learner.email, learner.password);
  await page.goto(`/groepen/${cohort.id}/cursus`);
  const titles = await page.locator(".module-card h2").allTextContents();
  expect(titles.slice(6)).toEqual([files.core[6].title, title, files.core[7].title]);
  await page.getByRole("link", { name: "Het wijkteam in Zuid" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Het wijkteam in Zuid" })).toBeVisible();
  await page.getByRole("link", { name: /Volgende les/ }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "De signaleringswaaier" }),
  ).toBeVisible();
  // A client navigation: the next lesson's module is imported, not built with eval (decision 023).
  await expect(
    page.locator(".lesson-body").getByText("Gebruik de waaier om de volgende stap te kiezen."),
  ).toBeVisible();
});

test.describe("zonder JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the module editor's preview shows the lesson with its components, rendered by the server", async ({
    page,
    login,
  }) => {
    await login({ role: "facilitator" });
    await page.goto("/modules/nieuw");
    await page.getByLabel("Titel van de module").fill(`Voorbeeld zonder scripts ${Date.now()}`);
    await page.getByLabel("Titel van les 1").fill("Het wijkteam");
    await page.getByLabel("Minuten voor les 1").fill("15");
    await page
      .getByLabel("Tekst van les 1")
      .fill(
        '## Wie helpt er?\n\n<Kader soort="tip" titel="Bel gerust">\nDe verenigingscoach komt ook langs op de club.\n</Kader>\n',
      );
    await page.getByRole("button", { name: "Voorbeeld van les 1" }).click();
    await expect(page.getByRole("heading", { name: "Voorbeeld: Het wijkteam" })).toBeVisible();
    await expect(
      page.locator(".preview .kader").getByText("De verenigingscoach komt ook langs op de club."),
    ).toBeVisible();
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "met JavaScript" : "zonder JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("a finished lesson stays done after a reload and the facilitator sees it", async ({
      page,
      make,
      login,
    }) => {
      const learner = await login({ name: "Fatma Yıldız" });
      const facilitator = await make.user({ role: "FACILITATOR" });
      const cohort = await make.cohort({
        facilitatorId: facilitator.id,
        participantIds: [learner.id],
      });
      await page.goto(`/groepen/${cohort.id}/cursus/kern/teamprocessen/van-groep-naar-team`);
      await page.getByRole("button", { name: "Markeer als klaar" }).click();
      await expect(page.getByText("Goed gedaan! Deze les staat op klaar.")).toBeVisible();
      await page.goto(`/groepen/${cohort.id}/cursus/kern/teamprocessen/van-groep-naar-team`);
      await expect(page.getByText("Je hebt deze les afgerond.")).toBeVisible();
      await expect(page.getByRole("button", { name: "Markeer als klaar" })).toHaveCount(0);
      await page.goto(`/groepen/${cohort.id}/cursus`);
      await expect(page.getByRole("progressbar", { name: "1 van 3 lessen klaar" })).toBeVisible();

      await page.context().clearCookies();
      await loginThroughForm(page, facilitator.email, facilitator.password);
      await page.goto(`/groepen/${cohort.id}/overzicht`);
      const row = page.getByRole("row", { name: /Fatma Yıldız/ });
      await expect(row.getByRole("cell").filter({ hasText: "1/3" })).toHaveCount(1);
    });

    test("answering a Kennischeck shows the feedback of the chosen answer", async ({
      page,
      make,
      login,
    }) => {
      const learner = await login();
      const facilitator = await make.user({ role: "FACILITATOR" });
      const cohort = await make.cohort({
        facilitatorId: facilitator.id,
        participantIds: [learner.id],
      });
      await page.goto(`/groepen/${cohort.id}/cursus/kern/teamprocessen/rollen-in-het-team`);
      const check = page.locator("#kennischeck-m4-check-1");
      await check.getByRole("radio", { name: /Je vraagt de jongen wat hij zelf kan doen/ }).check();
      await check.getByRole("button", { name: "Controleer mijn antwoord" }).click();
      await expect(check.getByText("Niet helemaal.")).toBeVisible();
      await expect(
        check.getByText("Nee: de jongen kan er zelf weinig aan doen.", { exact: false }),
      ).toBeVisible();
      await check.getByRole("radio", { name: /Je maakt voortaan zelf de teams/ }).check();
      await check.getByRole("button", { name: "Controleer mijn antwoord" }).click();
      await expect(check.getByText("Goed!")).toBeVisible();
      await expect(
        check.getByText("Klopt: door zelf de teams te maken", { exact: false }),
      ).toBeVisible();
      // Answering marks the lesson done.
      await expect(page.getByText("Je hebt deze les afgerond.")).toBeVisible();
      await page.reload();
      await expect(
        check.getByRole("radio", { name: /Je maakt voortaan zelf de teams/ }),
      ).toBeChecked();
    });

    test("a reflection is saved and shown back to the learner", async ({ page, make, login }) => {
      const learner = await login();
      const facilitator = await make.user({ role: "FACILITATOR" });
      const cohort = await make.cohort({
        facilitatorId: facilitator.id,
        participantIds: [learner.id],
      });
      await page.goto(`/groepen/${cohort.id}/cursus/kern/teamprocessen/van-groep-naar-team`);
      const field = page.getByLabel(/In welke fase zit jouw team/);
      await field.fill("We zitten in de stormfase: er zijn twee groepjes.");
      await page.getByRole("button", { name: "Reflectie opslaan" }).click();
      await expect(page.getByText("Je reflectie is opgeslagen.")).toBeVisible();
      await page.reload();
      await expect(page.getByLabel(/In welke fase zit jouw team/)).toHaveValue(
        "We zitten in de stormfase: er zijn twee groepjes.",
      );
    });
  });
}
