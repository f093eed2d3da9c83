import type { Browser, BrowserContext, Page } from "@playwright/test";
import ICAL from "ical.js";
import { axeViolations, expect, loginThroughForm, test } from "./fixtures";

// Issue 15, "What it must show": a season of real use, in Chromium with and without JavaScript.

async function signedIn(
  browser: Browser,
  javaScriptEnabled: boolean,
  user: { email: string; password: string },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: "nl-NL", javaScriptEnabled });
  const page = await context.newPage();
  await loginThroughForm(page, user.email, user.password);
  return { context, page };
}

const DAY = 86_400_000;

/** The fixture checks the main page with axe; the other people's pages are checked here (axe needs JavaScript). */
async function accessible(page: Page, javaScriptEnabled: boolean) {
  if (javaScriptEnabled) expect(await axeViolations(page), page.url()).toEqual([]);
}
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

async function icsEvent(page: Page, path: string) {
  const response = await page.request.get(path);
  expect(response.status()).toBe(200);
  const [event] = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents(
    "vevent",
  );
  return {
    uid: String(event.getFirstPropertyValue("uid")),
    sequence: Number(event.getFirstPropertyValue("sequence")),
    status: String(event.getFirstPropertyValue("status")),
  };
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "met JavaScript" : "zonder JavaScript", () => {
    test.use({ javaScriptEnabled });
    // Four people, about twenty pages, each checked with axe: longer than the default minute on a shared machine.
    test.setTimeout(180_000);

    test("a club gets administrators, a facilitator changes a cohort and its evenings, invites a list, and sees an apology", async ({
      page,
      login,
      make,
      db,
      browser,
    }) => {
      const run = `${Date.now()}${javaScriptEnabled ? "j" : "n"}`;
      // ------------------------------------------------ platform admin: a club and its administrator
      await login({ role: "admin", name: "Paula Platform" });
      const jolien = await make.user({ name: `Jolien Hockey ${run}` });
      const piet = await make.user({ name: `Piet Penning ${run}` });
      const kim = await make.user({ name: `Kim Weg ${run}` });
      await page.goto("/beheer");
      await page.getByLabel("Naam").first().fill(`HC Twente ${run}`);
      await page.getByLabel("Soort organisatie").selectOption("SPORTVERENIGING");
      await page.getByLabel("Plaats").fill("Hengelo");
      await page.getByRole("button", { name: "Toevoegen" }).click();
      await page.getByRole("link", { name: `Bewerken en beheerders: HC Twente ${run}` }).click();
      await expect(page).toHaveTitle(`Organisatie beheren · HC Twente ${run} · Buiten de Lijnen`);
      await page.getByLabel("Zoek iemand op naam of e-mailadres").fill(`Jolien Hockey ${run}`);
      await page.getByRole("button", { name: "Zoeken" }).click();
      await page
        .getByRole("button", { name: `Benoemen tot beheerder: Jolien Hockey ${run}` })
        .click();
      await expect(page.getByText(`Jolien Hockey ${run} is nu beheerder.`)).toBeVisible();
      const club = await db.organisation.findFirstOrThrow({ where: { name: `HC Twente ${run}` } });
      await make.membership({ userId: piet.id, orgId: club.id });
      await make.membership({ userId: kim.id, orgId: club.id });

      // ------------------------------------------------ club administrator: a co-administrator, a member removed
      const admin = await signedIn(browser, javaScriptEnabled, jolien);
      await admin.page.goto(`/organisaties/${club.id}/leden`);
      await expect(admin.page.getByText("Je bent de enige beheerder.")).toBeVisible();
      await accessible(admin.page, javaScriptEnabled);
      await admin.page
        .getByRole("button", { name: `Medebeheerder maken: Piet Penning ${run}` })
        .click();
      await expect(admin.page.getByText(`Piet Penning ${run} is nu beheerder.`)).toBeVisible();
      // Removing a member asks first (a dialog with JavaScript, a second step without).
      await admin.page.locator(`summary[aria-label="Verwijderen als lid: Kim Weg ${run}"]`).click();
      await admin.page.getByRole("button", { name: "Ja, verwijder als lid" }).click();
      await expect(admin.page.getByText(`Kim Weg ${run} is geen lid meer.`)).toBeVisible();
      // The register as a working list: a volunteer without an account, recorded with a Dutch error first.
      await admin.page.goto(`/organisaties/${club.id}/werklijst`);
      await admin.page.getByRole("button", { name: "Vastleggen" }).click();
      await expect(admin.page.locator("#veld-name-error")).toHaveText(
        "Vul de naam in (2 tot 120 tekens).",
      );
      await admin.page.getByLabel("Naam", { exact: true }).fill("Evi Nog Geen Account");
      await admin.page.getByLabel("Rol", { exact: true }).fill("jeugdtrainer");
      await admin.page.getByRole("button", { name: "Vastleggen" }).click();
      await expect(admin.page.getByText("De vrijwilliger is vastgelegd.")).toBeVisible();
      await expect(
        admin.page.getByRole("link", { name: "1 vrijwilligers zonder account" }),
      ).toBeVisible();
      await accessible(admin.page, javaScriptEnabled);
      await admin.context.close();

      // ------------------------------------------------ facilitator: settings, co-facilitator, evenings, invitations
      const facilitator = await make.user({ role: "FACILITATOR", name: `Fenna Begeleider ${run}` });
      const colleague = await make.user({ role: "FACILITATOR", name: `Kees Collega ${run}` });
      const sam = await make.user({ name: `Sam Deelnemer ${run}` });
      const cohort = await make.cohort({
        facilitatorId: facilitator.id,
        participantIds: [sam.id],
        name: `Sportcoach Hengelo ${run}`,
        minEvenings: 1,
      });
      const soon = new Date(Date.now() + 7 * DAY);
      const later = new Date(Date.now() + 14 * DAY);
      const moved = await db.evening.create({
        data: {
          cohortId: cohort.id,
          startsAt: new Date(`${isoDay(soon)}T17:30:00Z`),
          endsAt: new Date(`${isoDay(soon)}T19:30:00Z`),
          place: "Kantine",
          topic: "Kennismaken",
        },
      });
      const cancelled = await db.evening.create({
        data: {
          cohortId: cohort.id,
          startsAt: new Date(`${isoDay(later)}T17:30:00Z`),
          endsAt: new Date(`${isoDay(later)}T19:30:00Z`),
          place: "Kantine",
          topic: "Samenwerken",
        },
      });

      const fac = await signedIn(browser, javaScriptEnabled, facilitator);
      await fac.page.goto(`/groepen/${cohort.id}`);
      await fac.page.getByRole("link", { name: "Instellingen" }).click();
      await fac.page.getByLabel("Hoeveel deelnemers kunnen er maximaal mee doen?").fill("16");
      await fac.page
        .getByLabel("Bij hoeveel bijeenkomsten moet iemand minstens zijn geweest?")
        .fill("2");
      await fac.page.getByRole("button", { name: "Opslaan" }).click();
      await expect(fac.page.getByText("De instellingen zijn opgeslagen.")).toBeVisible();
      await fac.page.getByLabel("Medebegeleider toevoegen (e-mailadres)").fill("geen-adres");
      await fac.page.getByRole("button", { name: "Toevoegen" }).click();
      await expect(
        fac.page.getByRole("link", {
          name: "Dit is geen geldig e-mailadres. Voorbeeld: naam@voorbeeld.nl",
        }),
      ).toBeVisible();
      await fac.page.getByLabel("Medebegeleider toevoegen (e-mailadres)").fill(colleague.email);
      await fac.page.getByRole("button", { name: "Toevoegen" }).click();
      await expect(fac.page.getByText(`Kees Collega ${run} is nu medebegeleider.`)).toBeVisible();
      await accessible(fac.page, javaScriptEnabled);
      expect(await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).toMatchObject({
        capacity: 16,
        minEvenings: 2,
      });

      const participant = await signedIn(browser, javaScriptEnabled, sam);
      const icsPath = `/groepen/${cohort.id}/bijeenkomsten/${moved.id}/agenda.ics`;
      const before = await icsEvent(participant.page, icsPath);

      await fac.page.goto(`/groepen/${cohort.id}/bijeenkomsten`);
      await fac.page.getByRole("link", { name: "Wijzigen of afgelasten: Kennismaken" }).click();
      await accessible(fac.page, javaScriptEnabled);
      await fac.page.getByLabel("Plaats").fill("Sporthal De Welle");
      await fac.page.getByLabel("Begintijd").fill("20:00");
      await fac.page.getByRole("button", { name: "Wijziging opslaan" }).click();
      await expect(fac.page.getByText("De bijeenkomst is gewijzigd.")).toBeVisible();
      const after = await icsEvent(participant.page, icsPath);
      expect(after.uid).toBe(before.uid);
      expect(after.sequence).toBeGreaterThan(before.sequence);
      await participant.page.goto("/dev/postvak");
      await expect(
        participant.page
          .locator(".card")
          .filter({ hasText: sam.email })
          .filter({ hasText: "Bijeenkomst gewijzigd" })
          .first(),
      ).toBeVisible();

      await fac.page.getByRole("link", { name: "Wijzigen of afgelasten: Samenwerken" }).click();
      await fac.page.getByLabel("Reden").fill("De zaal is niet beschikbaar.");
      await fac.page.getByRole("button", { name: "Bijeenkomst afgelasten" }).click();
      await expect(fac.page.getByText("Afgelast: De zaal is niet beschikbaar.")).toBeVisible();
      expect(
        (
          await icsEvent(
            participant.page,
            `/groepen/${cohort.id}/bijeenkomsten/${cancelled.id}/agenda.ics`,
          )
        ).status,
      ).toBe("CANCELLED");

      await fac.page.goto(`/groepen/${cohort.id}/uitnodigen/lijst`);
      await fac.page
        .getByLabel("Lijst met adressen")
        .fill(
          [
            `een-${run}@voorbeeld.nl`,
            `Twee <twee-${run}@voorbeeld.nl>`,
            "geen-adres",
            `drie-${run}@voorbeeld.nl`,
            `vier-${run}@voorbeeld.nl`,
          ].join("\n"),
        );
      await fac.page.getByRole("button", { name: "Uitnodigingen versturen" }).click();
      await expect(fac.page.getByText("4 van 5 mensen uitgenodigd.")).toBeVisible();
      await expect(
        fac.page.getByRole("row", { name: /geen-adres.*Ongeldig e-mailadres/ }),
      ).toBeVisible();
      await accessible(fac.page, javaScriptEnabled);

      // ------------------------------------------------ participant: an apology, seen on the attendance form
      await participant.page.goto(`/groepen/${cohort.id}/bijeenkomsten`);
      await participant.page.getByText("Kun je niet komen?").first().click();
      await participant.page.getByLabel("Reden (mag leeg blijven)").fill("Wedstrijd met mijn team");
      await participant.page.getByRole("button", { name: "Afmelden voor Kennismaken" }).click();
      await expect(
        participant.page.getByText("Je afmelding is doorgegeven aan je cursusbegeleider."),
      ).toBeVisible();
      await accessible(participant.page, javaScriptEnabled);
      await participant.page.goto("/account/agenda");
      await participant.page.getByRole("button", { name: "Agenda-abonnement aanzetten" }).click();
      await expect(
        participant.page.getByRole("link", { name: "Abonneren in je agenda-app" }),
      ).toHaveAttribute("href", /^webcal:\/\/.+\/agenda\/[a-z2-7]{32}\/bijeenkomsten\.ics$/);
      await accessible(participant.page, javaScriptEnabled);
      await participant.page.goto("/mijn-overzicht");
      await expect(
        participant.page.getByRole("heading", { level: 2, name: `Sportcoach Hengelo ${run}` }),
      ).toBeVisible();
      await accessible(participant.page, javaScriptEnabled);

      await fac.page.goto(`/groepen/${cohort.id}/bijeenkomsten/${moved.id}/aanwezigheid`);
      const row = fac.page.getByRole("group", { name: new RegExp(`Sam Deelnemer ${run}`) });
      await expect(row.getByText("Afgemeld: Wedstrijd met mijn team")).toBeVisible();
      await expect(row.getByRole("radio", { name: "Afgemeld" })).toBeChecked();
      await accessible(fac.page, javaScriptEnabled);
      await fac.page.goto(`/groepen/${cohort.id}/bijeenkomsten`);
      await expect(fac.page.getByText("Sam Deelnemer", { exact: false }).first()).toBeVisible();
      await accessible(fac.page, javaScriptEnabled);
      await participant.context.close();
      await fac.context.close();
    });
  });
}
