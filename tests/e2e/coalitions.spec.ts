import type { Browser, Page } from "@playwright/test";
import { axeViolations, expect, loginThroughForm, test } from "./fixtures";

type Person = { email: string; password: string; name: string };
const ASPECTS = ["Ambitie", "Belangen", "Relatie", "Organisatie", "Proces"];

async function open(browser: Browser, baseURL: string, person: Person, javaScriptEnabled: boolean) {
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled,
    locale: "nl-NL",
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await loginThroughForm(page, person.email, person.password);
  return page;
}

async function addNote(
  page: Page,
  coalitionId: string,
  input: {
    kind: "Positief" | "Negatief" | "Kwartje";
    text: string;
    onEvent?: boolean;
    date?: string;
    aspect?: string;
  },
) {
  await page.goto(`/coalities/${coalitionId}/tijdlijn`);
  if (input.onEvent) await page.getByLabel("Bij", { exact: true }).selectOption({ index: 1 });
  if (input.date)
    await page.getByLabel("Datum (als het briefje niet bij een moment hoort)").fill(input.date);
  await page.getByRole("radio", { name: new RegExp(`^${input.kind}:`) }).check();
  if (input.aspect)
    await page.getByLabel("Aspect (niet verplicht)").selectOption({ label: input.aspect });
  await page.getByLabel("Wat wil je kwijt?").fill(input.text);
  await page.getByRole("button", { name: "Briefje plakken" }).click();
  await expect(page.getByText("Je briefje hangt op de tijdlijn.")).toBeVisible();
  await expect(page.getByText(input.text)).toBeVisible();
}

async function fillScan(page: Page, coalitionId: string, score: number) {
  await page.goto(`/coalities/${coalitionId}/scan`);
  for (const aspect of ASPECTS)
    await page.getByLabel(`Cijfer voor ${aspect} (1–10)`).fill(String(score));
  await page.getByLabel("Waarom?").first().fill(`We weten beter wat we willen (${score}).`);
  await page.getByRole("button", { name: "Scan insturen" }).click();
  await expect(page.getByText("Dank je wel, je scan is binnen.")).toBeVisible();
}

/** One session: a timeline for `year` with notes of all three kinds from the three partners, saved as a measurement, then a scan round. */
async function session(
  coordinator: Page,
  welfare: Page,
  town: Page,
  coalitionId: string,
  year: number,
  label: string,
  scores: [number, number, number],
) {
  const base = `/coalities/${coalitionId}`;
  await coordinator.goto(`${base}/tijdlijn`);
  await coordinator.getByLabel("Begin van de periode").fill(`${year}-01-01`);
  await coordinator.getByLabel("Einde van de periode").fill(`${year}-12-31`);
  await coordinator.getByRole("button", { name: "Tijdlijn beginnen" }).click();
  await coordinator.getByLabel("Datum", { exact: true }).fill(`${year}-03-14`);
  await coordinator.getByLabel("Wat gebeurde er?").fill(`Sportinstuif in de wijk ${year}`);
  await coordinator.getByRole("button", { name: "Moment toevoegen" }).click();
  await expect(coordinator.getByText(`Sportinstuif in de wijk ${year}`).first()).toBeVisible();

  await addNote(coordinator, coalitionId, {
    kind: "Positief",
    text: `Veertig kinderen deden mee (${year}).`,
    onEvent: true,
    aspect: "Ambitie",
  });
  await addNote(welfare, coalitionId, {
    kind: "Negatief",
    text: `We wisten niet wat de club wilde (${year}).`,
    onEvent: true,
    aspect: "Belangen",
  });
  await addNote(town, coalitionId, {
    kind: "Kwartje",
    text: `Samen willen we hetzelfde (${year}).`,
    date: `${year}-06-01`,
    aspect: "Relatie",
  });

  await coordinator.goto(`${base}/tijdlijn`);
  await expect(coordinator.getByText(/1 positief · 1 negatief · 1 kwartje/)).toBeVisible();
  await coordinator
    .getByLabel("Conclusies", { exact: true })
    .fill(`Conclusie ${year}: belangen eerder uitspreken.`);
  await coordinator.getByRole("button", { name: "Conclusies opslaan" }).click();
  await expect(coordinator.getByText("Opgeslagen.")).toBeVisible();
  // The full-screen view for the session: the board with the conclusions beside it.
  await coordinator.getByRole("link", { name: "Op volledig scherm tonen" }).click();
  await expect(
    coordinator.getByRole("link", { name: "Terug naar de gewone weergave" }),
  ).toBeVisible();
  for (const text of [
    `Veertig kinderen deden mee (${year}).`,
    `We wisten niet wat de club wilde (${year}).`,
    `Samen willen we hetzelfde (${year}).`,
    `Conclusie ${year}: belangen eerder uitspreken.`,
  ]) {
    await expect(coordinator.getByText(text)).toBeVisible();
  }
  await expect(coordinator.getByText("Welzijn Oost", { exact: false }).first()).toBeVisible();
  await coordinator.getByRole("link", { name: "Terug naar de gewone weergave" }).click();
  await coordinator.getByRole("button", { name: `Opslaan als ${label}` }).click();
  await expect(coordinator.getByText(`De tijdlijn is opgeslagen als ${label}.`)).toBeVisible();

  await coordinator.goto(`${base}/scan`);
  await coordinator.getByRole("button", { name: "Nieuwe ronde openen" }).click();
  await expect(coordinator.getByRole("button", { name: "Ronde sluiten" })).toBeVisible();
  await fillScan(coordinator, coalitionId, scores[0]);
  await fillScan(welfare, coalitionId, scores[1]);
  await fillScan(town, coalitionId, scores[2]);
  await coordinator.goto(`${base}/scan`);
  await coordinator.getByRole("button", { name: "Ronde sluiten" }).click();
  await expect(coordinator.getByText("Er is nu geen ronde open.")).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "met JavaScript" : "zonder JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("three partners build a timeline, save the 0-meting, do a scan, repeat a year later and compare both", async ({
      page,
      make,
      db,
      browser,
      baseURL,
    }) => {
      test.setTimeout(300_000);
      const suffix = `${javaScriptEnabled ? "JS" : "HTML"}-${Date.now().toString(36)}`;
      const club = await make.organisation({
        name: `SV De Toekomst ${suffix}`,
        type: "SPORTVERENIGING",
      });
      const welfareOrg = await make.organisation({
        name: `Welzijn Oost ${suffix}`,
        type: "WELZIJNSORGANISATIE",
      });
      const townOrg = await make.organisation({
        name: `Gemeente Hengelo ${suffix}`,
        type: "OVERIG",
      });
      const admin = async (name: string, orgId: string) => {
        const user = await make.user({ name });
        await make.membership({ userId: user.id, orgId, role: "ADMIN" });
        return user;
      };
      const henk = await admin("Henk Coördinator", club.id);
      const marieke = await admin("Marieke Welzijn", welfareOrg.id);
      const yvonne = await admin("Yvonne Gemeente", townOrg.id);

      // The club's administrator starts the coalition and adds the two partners.
      await loginThroughForm(page, henk.email, henk.password);
      await page.goto("/coalities");
      await page.getByLabel("Naam van de coalitie").fill(`Samen Sterk ${suffix}`);
      await page
        .getByLabel("Gezamenlijke ambitie")
        .fill("Meer jongeren uit de wijk sporten bij de club.");
      await page.getByRole("button", { name: "Coalitie starten" }).click();
      await page.waitForURL(/\/coalities\/[a-z0-9]+$/);
      const coalitionId = new URL(page.url()).pathname.split("/").pop()!;
      for (const org of [welfareOrg, townOrg]) {
        await page.getByLabel("Organisatie", { exact: true }).selectOption({ label: org.name });
        await page.getByRole("button", { name: "Partner toevoegen" }).click();
        await expect(page.getByRole("listitem").filter({ hasText: org.name })).toBeVisible();
      }

      // Each partner's administrator adds themselves for their organisation.
      const welfare = await open(browser, baseURL!, marieke, javaScriptEnabled);
      const town = await open(browser, baseURL!, yvonne, javaScriptEnabled);
      for (const [other, person, role] of [
        [welfare, marieke, "contactpersoon"],
        [town, yvonne, "beleidsmedewerker"],
      ] as const) {
        await other.goto(`/coalities/${coalitionId}`);
        await other.getByLabel("Persoon").selectOption({
          label: `${person.name} (${person.name === marieke.name ? welfareOrg.name : townOrg.name})`,
        });
        await other.getByLabel("Rol in de coalitie").fill(role);
        await other.getByRole("button", { name: "Toevoegen" }).click();
        await expect(other.getByText(`${person.name} — `)).toBeVisible();
      }

      // Year one: the 0-meting and scan round 1.
      await session(page, welfare, town, coalitionId, 2026, "0-meting", [4, 5, 6]);
      // A year passes: the test moves the first session's moments back by a year.
      await db.$executeRaw`UPDATE "TimelineBoard" SET "savedAt" = "savedAt" - interval '1 year' WHERE "coalitionId" = ${coalitionId}`;
      await db.$executeRaw`UPDATE "ScanRound" SET "openedAt" = "openedAt" - interval '1 year', "closedAt" = "closedAt" - interval '1 year' WHERE "coalitionId" = ${coalitionId}`;
      // Year two: the 1-meting and scan round 2.
      await session(page, welfare, town, coalitionId, 2027, "1-meting", [7, 8, 6]);

      // The comparison shows both measurements side by side, per aspect and per partner.
      await page.goto(`/coalities/${coalitionId}/metingen`);
      await expect(page.getByText("0-meting:")).toBeVisible();
      await expect(page.getByText("1-meting:")).toBeVisible();
      const byAspect = page.getByRole("table", { name: "Per aspect" });
      await expect(byAspect.getByRole("columnheader", { name: "0-meting" }).first()).toBeVisible();
      await expect(byAspect.getByRole("columnheader", { name: "1-meting" }).first()).toBeVisible();
      const byPartner = page.getByRole("table", { name: "Per partner" });
      for (const org of [club, welfareOrg, townOrg])
        await expect(byPartner.getByRole("rowheader", { name: org.name })).toBeVisible();
      await expect(page.getByText("Conclusie 2026: belangen eerder uitspreken.")).toBeVisible();
      await expect(page.getByText("Conclusie 2027: belangen eerder uitspreken.")).toBeVisible();

      // The scan: both rounds, a radar comparing them; one respondent per partner, so no partner figures.
      await page.goto(`/coalities/${coalitionId}/scan`);
      await expect(page.getByRole("img", { name: "Radar van de vijf aspecten" })).toBeVisible();
      await expect(page.getByRole("heading", { name: /^Ronde 1:/ })).toBeVisible();
      await expect(page.getByRole("heading", { name: /^Ronde 2:/ })).toBeVisible();
      await expect(page.getByText("3 deelnemers", { exact: true })).toHaveCount(2);
      await expect(page.getByText(/Niet getoond: minder dan 3 deelnemers/)).toHaveCount(6);
      for (const person of [henk, marieke, yvonne])
        await expect(page.getByText(person.name)).toHaveCount(0);

      // The full-screen view for the session, and the report PDF.
      await page.goto(`/coalities/${coalitionId}/tijdlijn`);
      await expect(page.getByText("Er is nog geen tijdlijn in de maak.")).toBeVisible();
      const pdf = await page.request.get(`/coalities/${coalitionId}/rapport.pdf`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()["content-type"]).toBe("application/pdf");
      if (javaScriptEnabled) expect(await axeViolations(welfare)).toEqual([]);
      await welfare.context().close();
      await town.context().close();
    });
  });
}
