import { createHash, randomBytes } from "node:crypto";
import type { Browser } from "@playwright/test";
import { expect, test } from "./fixtures";

/** A new person signs up through the cohort link in their own browser and lands in the cohort. */
async function joinAsNewPerson(
  browser: Browser,
  link: string,
  person: { name: string; sector: "Sport" | "Welzijn"; role: string },
) {
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Doe mee met");
  await page.getByLabel("Naam").fill(person.name);
  await page.getByRole("radio", { name: person.sector }).check();
  await page.getByLabel("Wat is je rol?").selectOption({ label: person.role });
  await page
    .getByLabel("E-mailadres")
    .fill(`${person.name.split(" ")[0].toLowerCase()}-${Date.now()}@voorbeeld.nl`);
  await page.getByLabel("Wachtwoord").fill("een lange zin als wachtwoord");
  await page.getByRole("button", { name: "Account maken" }).click();
  // No organisation chosen yet: the short profile check asks for it, and can be skipped.
  await expect(page.getByRole("heading", { name: /^Welkom in / })).toBeVisible();
  await page.getByRole("link", { name: "Sla over en ga naar de groep" }).click();
  return { context, page };
}

test("a facilitator creates a mixed cohort, two volunteers join by link, evenings and attendance on a phone", async ({
  page,
  login,
  make,
  browser,
}) => {
  const facilitator = await login({
    role: "facilitator",
    domain: "WELZIJN",
    name: "Marieke Begeleider",
  });
  const club = await make.organisation({
    name: `SV Oranje ${Date.now()}`,
    type: "SPORTVERENIGING",
  });
  const welfare = await make.organisation({
    name: `Welzijn Noord ${Date.now()}`,
    type: "WELZIJNSORGANISATIE",
  });
  const { files } = await make.coreVersion();
  const cohortName = `Sportcoach Hengelo ${Date.now()}`;

  await page.getByRole("link", { name: "Mijn groepen", exact: true }).click();
  await page.getByRole("link", { name: "Nieuwe groep" }).click();
  await page.getByLabel("Naam van de groep").fill(cohortName);
  await page.getByLabel("Plaats").fill("Hengelo");
  await page.getByRole("checkbox", { name: new RegExp(club.name) }).check();
  await page.getByRole("checkbox", { name: new RegExp(welfare.name) }).check();
  await page.getByLabel("Startdatum").fill("2026-09-01");
  await page.getByLabel("Einddatum").fill("2026-08-01");
  await page.getByRole("button", { name: "Groep aanmaken" }).click();
  await expect(
    page.locator(".field-error", { hasText: "De einddatum ligt vóór de startdatum." }),
  ).toBeVisible();
  await expect(page.getByLabel("Naam van de groep")).toHaveValue(cohortName);
  await page.getByLabel("Einddatum").fill("2026-12-15");
  await page.getByRole("button", { name: "Groep aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: cohortName })).toBeVisible();
  await expect(page.getByText(`Georganiseerd door ${club.name}, ${welfare.name}`)).toBeVisible();
  const cohortUrl = page.url();

  await page.getByRole("link", { name: "Mensen uitnodigen" }).click();
  await page.getByRole("button", { name: "Maak een link" }).click();
  const link = (await page.getByTestId("invite-link").textContent())!.trim();
  expect(link).toContain("/uitnodiging/");

  const sport = await joinAsNewPerson(browser, link, {
    name: "Sven Sporter",
    sector: "Sport",
    role: "Trainer of coach",
  });
  await expect(sport.page.getByRole("heading", { level: 1, name: cohortName })).toBeVisible();
  const welfareVolunteer = await joinAsNewPerson(browser, link, {
    name: "Ingrid Welzijn",
    sector: "Welzijn",
    role: "Maatje",
  });
  await expect(
    welfareVolunteer.page.getByRole("heading", { level: 1, name: cohortName }),
  ).toBeVisible();
  // Participants see each other's name and sector, and no e-mail addresses.
  await expect(welfareVolunteer.page.getByText("Sven Sporter")).toBeVisible();
  await expect(welfareVolunteer.page.getByText(/@voorbeeld\.nl/)).toHaveCount(0);
  await welfareVolunteer.context.close();

  await page.goto(cohortUrl);
  await expect(page.getByText("Sport: 1 · Zorg en welzijn samen: 1")).toBeVisible();
  await expect(page.getByText("Sport: 1 (50%)")).toBeVisible();
  await expect(page.getByText("Welzijn: 1 (50%)")).toBeVisible();
  await expect(page.getByText(/Er doet nog niemand uit/)).toHaveCount(0);
  // The people list filters by sector.
  await page.getByLabel("Toon sector").selectOption({ label: "Sport" });
  await page.getByRole("button", { name: "Toon", exact: true }).click();
  await expect(page).toHaveURL(/sector=SPORT/);
  await expect(page.locator(".people-list")).toContainText("Sven Sporter");
  await expect(page.locator(".people-list")).not.toContainText("Ingrid Welzijn");

  // From here on: a phone.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole("link", { name: "Bijeenkomsten", exact: true }).click();
  for (const [date, topic] of [
    ["2026-10-01", "Kennismaken"],
    ["2026-10-15", "De kwetsbare sporter"],
  ]) {
    await page.getByLabel("Datum").fill(date);
    await page.getByLabel("Plaats").fill("Kantine SV Oranje, Hengelo");
    await page.getByLabel("Onderwerp").fill(topic);
    await page.getByRole("checkbox", { name: files.core[0].title }).check();
    // Double-clicked: one request, one evening.
    await page.getByRole("button", { name: "Bijeenkomst plannen" }).dblclick();
    if (Date.now() > Date.parse(`${date}T23:59:59Z`)) {
      // A date before today: the app asks first, and keeps what was typed.
      await expect(
        page.locator(".field-error", {
          hasText: "Deze datum ligt in het verleden. Weet je het zeker?",
        }),
      ).toBeVisible();
      await expect(page.locator("[data-error-summary]")).toBeFocused();
      await expect(page.getByLabel("Onderwerp")).toHaveValue(topic);
      await page
        .getByRole("checkbox", { name: "Ja, plan de bijeenkomst toch op deze datum" })
        .check();
      await page.getByRole("button", { name: "Bijeenkomst plannen" }).dblclick();
    }
    await expect(page.getByText("De bijeenkomst is gepland.")).toBeVisible();
    // The form starts empty again, so a second click plans nothing twice.
    await expect(page.getByLabel("Onderwerp")).toHaveValue("");
    await expect(page.getByRole("checkbox", { name: files.core[0].title })).not.toBeChecked();
  }
  await expect(page.getByRole("heading", { level: 2, name: /Kennismaken/ })).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 2, name: /Kennismaken/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /De kwetsbare sporter/ })).toBeVisible();
  await expect(page.getByText("donderdag 1 oktober 2026, 19:30 tot 21:30 uur")).toBeVisible();

  await page.getByRole("link", { name: "Aanwezigheid: Kennismaken" }).click();
  const sven = page.getByRole("group", { name: /Sven Sporter/ });
  const ingrid = page.getByRole("group", { name: /Ingrid Welzijn/ });
  const tap = await sven.getByText("Aanwezig").locator("..").boundingBox();
  expect(tap!.height).toBeGreaterThanOrEqual(44);
  await sven.getByRole("radio", { name: "Aanwezig" }).check();
  await ingrid.getByRole("radio", { name: "Afgemeld" }).check();
  await page.getByRole("button", { name: "Aanwezigheid opslaan" }).click();
  await expect(page.getByText("De aanwezigheid is opgeslagen.")).toBeVisible();
  await expect(sven.getByRole("radio", { name: "Aanwezig" })).toBeChecked();
  await expect(ingrid.getByRole("radio", { name: "Afgemeld" })).toBeChecked();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // The facilitator's overview shows the attendance per participant.
  await page.goto(`${cohortUrl}/overzicht?sort=sector`);
  await expect(page.getByRole("row", { name: /Sven Sporter/ })).toContainText("1 (min. 2)");
  await expect(page.getByRole("row", { name: /Ingrid Welzijn/ })).toContainText("0 (min. 2)");

  // The sport volunteer sees what is still missing: every module, one more evening, the evaluation,
  // and (a new mixed cohort, decisions 017 and 025) a case from a lesson answered by the other
  // world and the tandem report.
  await sport.page.reload();
  const todo = sport.page.getByRole("list", { name: "Wat je certificaat vraagt" });
  await expect(todo.getByRole("listitem")).toHaveCount(files.core.length + 4);
  await expect(todo.getByRole("listitem").filter({ hasText: /[Tt]andem/ })).toHaveCount(1);
  await expect(todo.getByRole("listitem").filter({ hasText: files.core[0].title })).toContainText(
    "nog te doen",
  );
  await expect(todo.getByRole("link", { name: files.core[0].title })).toHaveAttribute(
    "href",
    `${new URL(cohortUrl).pathname}/cursus/${files.core[0].key}`,
  );
  await expect(
    todo.getByRole("link", { name: "Bij 2 bijeenkomsten zijn (1 van 2)" }),
  ).toBeVisible();
  await expect(todo.getByRole("link", { name: "De evaluatie invullen" })).toHaveAttribute(
    "href",
    `${new URL(cohortUrl).pathname}/evaluatie`,
  );
  await expect(
    todo.getByRole("link", {
      name: "een praktijkcasus uit een les met een reactie uit de andere wereld",
    }),
  ).toBeVisible();
  await sport.context.close();
  void facilitator;
});

test("the mix warning shows for an all-sport cohort and not for a mixed one", async ({
  page,
  login,
  make,
}) => {
  const facilitator = await login({ role: "facilitator" });
  const sporters = await Promise.all([
    make.user({ domain: "SPORT", name: "Bram Voetbal" }),
    make.user({ domain: "SPORT", name: "Lotte Hockey" }),
  ]);
  const allSport = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: sporters.map((user) => user.id),
    name: "Alleen sport",
  });
  const carer = await make.user({ domain: "ZORG", name: "Kees Zorg" });
  const mixed = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: [sporters[0].id, carer.id],
    name: "Gemengd",
  });

  await page.goto(`/groepen/${allSport.id}`);
  await expect(page.getByRole("alert")).toContainText(
    "Er doet nog niemand uit zorg of welzijn mee.",
  );
  await expect(page.getByText("Sport: 2 (100%)")).toBeVisible();

  await page.goto(`/groepen/${mixed.id}`);
  await expect(page.getByText("Sport: 1 · Zorg en welzijn samen: 1")).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test.describe("zonder JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("attendance is taken with one form on a phone", async ({ page, login, make, db }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const facilitator = await login({ role: "facilitator" });
    const volunteer = await make.user({ domain: "WELZIJN", name: "Ingrid Smit" });
    const cohort = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [volunteer.id],
    });
    const evening = await db.evening.create({
      data: {
        cohortId: cohort.id,
        startsAt: new Date("2026-10-01T17:30:00Z"),
        endsAt: new Date("2026-10-01T19:30:00Z"),
        place: "Wijkcentrum",
        topic: "Signalen herkennen",
      },
    });
    await page.goto(`/groepen/${cohort.id}/bijeenkomsten/${evening.id}/aanwezigheid`);
    await page
      .getByRole("group", { name: /Ingrid Smit/ })
      .getByText("Afwezig")
      .click();
    await page.getByRole("button", { name: "Aanwezigheid opslaan" }).click();
    await expect(page.getByText("De aanwezigheid is opgeslagen.")).toBeVisible();
    expect(
      await db.attendance.findMany({ where: { eveningId: evening.id }, select: { status: true } }),
    ).toEqual([{ status: "ABSENT" }]);
  });

  test("an existing person joins a cohort from its link with one button, and an expired link is refused in Dutch", async ({
    page,
    login,
    make,
    db,
  }) => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const cohort = await make.cohort({ facilitatorId: facilitator.id, name: "Groep Almelo" });
    const person = await login({ role: "participant", domain: "ZORG", name: "Kees Bestaand" });
    // A link made by the facilitator through the invitations page.
    const token = randomBytes(16).toString("hex");
    await db.invitation.create({
      data: {
        tokenHash: createHash("sha256").update(token).digest("hex"),
        cohortId: cohort.id,
        createdById: facilitator.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    await page.goto(`/uitnodiging/${token}`);
    await expect(page.getByText("Je bent ingelogd als Kees Bestaand.")).toBeVisible();
    await page.getByRole("button", { name: "Doe mee met deze groep" }).click();
    // Sector is known; the organisation is asked once, and may be skipped.
    await page.getByRole("link", { name: "Sla over en ga naar de groep" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Groep Almelo" })).toBeVisible();
    expect(
      await db.cohortMember.count({
        where: { cohortId: cohort.id, userId: person.id, removedAt: null },
      }),
    ).toBe(1);

    await db.invitation.updateMany({
      where: { cohortId: cohort.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const response = await page.goto(`/uitnodiging/${token}`);
    expect(response?.status()).toBe(410);
    await expect(
      page.getByText(
        "Deze uitnodigingslink is verlopen. Vraag je cursusbegeleider om een nieuwe link.",
      ),
    ).toBeVisible();
  });
});
