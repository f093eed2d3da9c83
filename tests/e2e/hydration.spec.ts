import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// On a slow connection people start typing before the scripts arrive. What they
// typed must still be there once React has hydrated the page, and be what is saved
// (issue 18: a reflection was replaced by the saved one when the page hydrated).
// The scripts are held back until the test has typed (released by hand), so
// the typing always happens before hydration, however fast or slow the
// machine is; after release each script still comes 2.5 s late.
const SCRIPT_DELAY_MS = 2_500;

function delayScripts(page: Page) {
  let release: () => void = () => undefined;
  let gate = Promise.resolve();
  const hold = () => {
    gate = new Promise<void>((resolve) => (release = resolve));
  };
  hold();
  // Only the scripts: the stylesheet may come at once, the page is usable without JavaScript.
  void page.route(/\/(build|lescode)\/.*\.js$/, async (route) => {
    await gate;
    await new Promise((resolve) => setTimeout(resolve, SCRIPT_DELAY_MS));
    await route.continue();
  });
  return {
    /** Lets the held scripts (and any later ones of this page) arrive. */
    release: () => release(),
    /** Holds the scripts of the next page until release() is called again. */
    hold,
  };
}

const hydrated = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.hydrated === "true");
const waitForHydration = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.hydrated === "true", undefined, {
    timeout: 20_000,
  });

test("text typed into a reflection, a case and a reply before the scripts arrive survives hydration and is what gets saved", async ({
  page,
  make,
  db,
  login,
}) => {
  test.setTimeout(90_000);
  const learner = await login();
  const facilitator = await make.user({ role: "FACILITATOR" });
  const cohort = await make.cohort({ facilitatorId: facilitator.id, participantIds: [learner.id] });
  await db.reflection.create({
    data: {
      userId: learner.id,
      cohortId: cohort.id,
      moduleKey: "kern/teamprocessen",
      reflectionId: "kern/teamprocessen/van-groep-naar-team/m4-reflectie-1",
      text: "Wat ik vorige week opschreef.",
    },
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const scripts = delayScripts(page);

  // 1. A reflection that already has saved text (React 18 resets such a textarea when it hydrates).
  await page.goto(`/groepen/${cohort.id}/cursus/kern/teamprocessen/van-groep-naar-team`, {
    waitUntil: "commit",
  });
  const reflection = page.getByLabel(/In welke fase zit jouw team/);
  await expect(reflection).toHaveValue("Wat ik vorige week opschreef.");
  const typedReflection = "Nieuw inzicht: de twee groepjes trainen nu samen.";
  await reflection.fill(typedReflection);
  expect(await hydrated(page)).toBe(false);
  scripts.release();
  await waitForHydration(page);
  await expect(reflection).toHaveValue(typedReflection);
  await page.getByRole("button", { name: "Reflectie opslaan" }).click();
  await expect(page.getByText("Je reflectie is opgeslagen.")).toBeVisible();
  expect((await db.reflection.findFirstOrThrow({ where: { userId: learner.id } })).text).toBe(
    typedReflection,
  );

  // 2. A new case.
  scripts.hold();
  await page.goto(`/groepen/${cohort.id}/casussen/nieuw`, { waitUntil: "commit" });
  const title = `Een sporter die niet meer durft ${Date.now()}`;
  await page.getByLabel("Titel").fill(title);
  await page
    .getByLabel("De situatie: wat gebeurde er?")
    .fill("Een meisje van 12 durft na een val niet meer op de balk.");
  await page.getByLabel("Wat heb ik gedaan of geprobeerd?").fill("Ik heb met haar gepraat.");
  await page.getByLabel("Mijn vraag aan de groep").fill("Hoe bouw je vertrouwen weer op?");
  await page.getByRole("checkbox", { name: "Kwetsbare jongeren" }).check();
  expect(await hydrated(page)).toBe(false);
  scripts.release();
  await waitForHydration(page);
  await expect(page.getByLabel("Titel")).toHaveValue(title);
  await expect(page.getByRole("checkbox", { name: "Kwetsbare jongeren" })).toBeChecked();
  await page.getByRole("button", { name: "Casus plaatsen" }).click();
  await page.waitForURL(/\/casussen\/(?!nieuw)[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const casePath = new URL(page.url()).pathname;

  // 3. A reply in that thread.
  scripts.hold();
  await page.goto(casePath, { waitUntil: "commit" });
  const reply = page.getByLabel("Je reactie");
  const typedReply = "Laat haar eerst op een lage balk oefenen, met een mat eronder.";
  await reply.fill(typedReply);
  expect(await hydrated(page)).toBe(false);
  scripts.release();
  await waitForHydration(page);
  await expect(reply).toHaveValue(typedReply);
  await page.getByRole("button", { name: "Reactie plaatsen" }).click();
  await expect(page.locator(".forum-reply").filter({ hasText: typedReply })).toHaveCount(1);
  expect(await db.forumReply.count({ where: { authorId: learner.id, body: typedReply } })).toBe(1);
  expect(errors).toEqual([]);
});
