import type { Browser, Page } from "@playwright/test";
import { axeViolations, expect, loginThroughForm, test } from "./fixtures";

type Person = { email: string; password: string };

const sectorGroup = (page: Page) => page.getByRole("group", { name: /Vanuit welke sector/ });
const scale = (page: Page, wording: RegExp) => page.getByRole("group", { name: wording });

/** Logs a participant in, in a fresh browser context, fills in the form and sends it. */
async function submitAs(
  browser: Browser,
  baseURL: string,
  cohortId: string,
  person: Person,
  sector: "Sport" | "Welzijn",
  score: number,
  options: { javaScriptEnabled?: boolean; checkA11y?: boolean } = {},
) {
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 360, height: 740 },
  });
  const page = await context.newPage();
  await loginThroughForm(page, person.email, person.password);
  await page.goto(`/groepen/${cohortId}/evaluatie`);
  await expect(
    page.getByRole("heading", { name: "Wat gebeurt er met je antwoorden?" }),
  ).toBeVisible();
  await expect(page.getByText("Je antwoorden worden apart van je naam bewaard.")).toBeVisible();
  if (options.checkA11y) expect(await axeViolations(page)).toEqual([]);
  await sectorGroup(page).getByRole("radio", { name: sector, exact: true }).check();
  await scale(page, /je begrip van de andere sector/)
    .getByRole("radio", { name: String(score), exact: true })
    .check();
  await page
    .getByLabel("Waarom dit cijfer?")
    .first()
    .fill(`Ik gaf een ${score} omdat de avonden praktisch waren.`);
  await scale(page, /aanraden aan vrijwilligers/)
    .getByRole("radio", { name: "8", exact: true })
    .check();
  await page
    .getByRole("group", { name: /onmisbaar/ })
    .getByRole("radio", { name: "Ja", exact: true })
    .check();
  await page
    .getByLabel("Toelichting of andere opmerkingen")
    .fill(`Fijne groep, ${sector.toLowerCase()} en zorg leerden van elkaar.`);
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByText("Bedankt, je antwoorden zijn verstuurd")).toBeVisible();
  await expect(page.getByRole("button", { name: "Versturen" })).toHaveCount(0);
  await context.close();
}

test("participants submit anonymously; the report shows histograms and hides small sector groups", async ({
  page,
  make,
  db,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const facilitator = await make.user({
    role: "FACILITATOR",
    name: "Marieke de Vries",
    domain: "WELZIJN",
  });
  const sport = await Promise.all([1, 2, 3, 4, 5].map(() => make.user({ domain: "SPORT" })));
  const welfare = await Promise.all(
    [1, 2, 3, 4, 5].map(() => make.user({ domain: "WELZIJN", volunteerRole: "maatje" })),
  );
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: [...sport, ...welfare].map((person) => person.id),
    name: "Groep Enschede-Oost",
  });

  // A participant sees that the evaluation is not open yet, and cannot read the report.
  await loginThroughForm(page, sport[0].email, sport[0].password);
  await page.goto(`/groepen/${cohort.id}/evaluatie`);
  await expect(page.getByText("De evaluatie is nog niet open.")).toBeVisible();
  expect((await page.goto(`/groepen/${cohort.id}/evaluatie/rapport`))?.status()).toBe(403);
  await page.context().clearCookies();

  await loginThroughForm(page, facilitator.email, facilitator.password);
  await page.goto(`/groepen/${cohort.id}/evaluatie/beheer`);
  await page.getByRole("button", { name: "Evaluatie openen" }).click();
  await expect(
    page.getByText("De evaluatie is open. Deelnemers kunnen hem nu invullen."),
  ).toBeVisible();

  // 3 sport + 3 welfare through the browser form (phone-sized), the first one checked with axe.
  for (const [index, person] of sport.slice(0, 3).entries())
    await submitAs(browser, baseURL!, cohort.id, person, "Sport", 5 + index, {
      checkA11y: index === 0,
    });
  for (const [index, person] of welfare.slice(0, 3).entries())
    await submitAs(browser, baseURL!, cohort.id, person, "Welzijn", 7 + index);

  // Answers count in release batches of 5 (decision 024): the sixth waits until five are waiting.
  await page.goto(`/groepen/${cohort.id}/evaluatie/rapport`);
  await expect(page.getByText("5 antwoorden", { exact: true })).toBeVisible();
  await expect(page.getByText(/tellen nog niet mee/)).toBeVisible();
  const c1 = page.locator("section", {
    has: page.getByRole("heading", {
      name: /C1 In hoeverre heeft de cursus bijgedragen aan je begrip/,
    }),
  });
  await expect(c1.getByRole("img", { name: /Verdeling van de cijfers/ }).first()).toBeVisible();
  // The first batch: sport 5, 6, 7 and welfare 7, 8; its sector groups (3 and 2) stay hidden.
  await expect(c1.getByText("Gemiddelde: 6,6", { exact: true })).toBeVisible();
  await expect(c1.getByText("te weinig antwoorden")).toHaveCount(3);
  await expect(
    page.getByText("Fijne groep, welzijn en zorg leerden van elkaar.").first(),
  ).toBeVisible();
  await expect(page.getByText(sport[0].name)).toHaveCount(0);

  // Four more: one saves a draft first, one double-clicks, one has no JavaScript.
  const context = await browser.newContext({ baseURL });
  const draftPage = await context.newPage();
  await loginThroughForm(draftPage, sport[3].email, sport[3].password);
  await draftPage.goto(`/groepen/${cohort.id}/evaluatie`);
  const c2 = scale(draftPage, /je inzicht in de werkwijze/);
  await c2.getByRole("radio", { name: "5", exact: true }).check();
  await draftPage.keyboard.press("ArrowRight");
  await expect(c2.getByRole("radio", { name: "6", exact: true })).toBeChecked();
  await draftPage.getByRole("button", { name: "Tussentijds opslaan" }).click();
  await expect(draftPage.getByText("Je antwoorden zijn tussentijds opgeslagen.")).toBeVisible();
  await draftPage.reload();
  await expect(
    scale(draftPage, /je inzicht in de werkwijze/).getByRole("radio", { name: "6", exact: true }),
  ).toBeChecked();
  await sectorGroup(draftPage).getByRole("radio", { name: "Sport", exact: true }).check();
  await scale(draftPage, /je begrip van de andere sector/)
    .getByRole("radio", { name: "9", exact: true })
    .check();
  await draftPage.getByRole("button", { name: "Versturen" }).dblclick();
  await expect(draftPage.getByText("Bedankt, je antwoorden zijn verstuurd")).toBeVisible();
  await context.close();

  await submitAs(browser, baseURL!, cohort.id, sport[4], "Sport", 4);
  await submitAs(browser, baseURL!, cohort.id, welfare[3], "Welzijn", 10, {
    javaScriptEnabled: false,
  });
  await submitAs(browser, baseURL!, cohort.id, welfare[4], "Welzijn", 6);

  expect(await db.evaluationResponse.count({ where: { cohortId: cohort.id } })).toBe(10);
  expect(await db.evaluationReceipt.count({ where: { cohortId: cohort.id } })).toBe(10);

  await page.reload();
  await expect(page.getByText("10 antwoorden", { exact: true })).toBeVisible();
  // 5 sport and 5 welfare in all, but each batch of 5 is mixed (3 + 2, then 2 + 3): a sector
  // figure would move by fewer than 5 people from one batch to the next, so the sector
  // columns stay hidden (decision 024, its stated cost); the figures of everyone show.
  await expect(c1.getByText("te weinig antwoorden")).toHaveCount(3);
  await expect(c1.getByRole("img", { name: /Verdeling van de cijfers/ }).first()).toBeVisible();

  // The comparison with all cohorts, and the CSV link are there.
  await page.getByRole("link", { name: "Vergelijken met andere groepen" }).click();
  await expect(
    page.getByRole("heading", { name: "Vergelijken: Groep Enschede-Oost" }),
  ).toBeVisible();
  await expect(page.getByRole("row", { name: /C1/ })).toContainText("(n = 10)");
});

test("a facilitator adds a local question; an admin filters the report of all cohorts", async ({
  page,
  make,
  login,
}) => {
  const facilitator = await make.user({ role: "FACILITATOR" });
  const cohort = await make.cohort({ facilitatorId: facilitator.id, place: "Hengelo" });
  await loginThroughForm(page, facilitator.email, facilitator.password);
  await page.goto(`/groepen/${cohort.id}/evaluatie/vragen`);
  await page.getByLabel("De vraag").fill("Welke avond vond je het best?");
  await page.getByLabel("Soort vraag").selectOption({ label: "Eén keuze" });
  await page.getByRole("button", { name: "Vraag toevoegen" }).click();
  await expect(
    page.locator(".field-error", {
      hasText: "Geef minstens twee antwoordmogelijkheden, elk op een eigen regel.",
    }),
  ).toBeVisible();
  await page.getByLabel("Antwoordmogelijkheden").fill("De eerste avond\nDe laatste avond");
  await page.getByRole("button", { name: "Vraag toevoegen" }).click();
  await expect(page.getByText("De vraag is toegevoegd.")).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: "L1 Welke avond vond je het best?" }),
  ).toBeVisible();
  await page.context().clearCookies();

  await login({ role: "admin" });
  await page.goto("/beheer/evaluatie");
  await expect(page.getByRole("heading", { name: "Uitkomsten van alle groepen" })).toBeVisible();
  await page.getByLabel("Plaats").selectOption("Hengelo");
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(page).toHaveURL(/plaats=Hengelo/);
  await expect(page.getByText("Nog geen antwoorden.")).toBeVisible();
});
