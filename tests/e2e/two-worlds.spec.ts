import { expect, loginThroughForm, test } from "./fixtures";

test("a sport volunteer's case from a lesson waits for the other world until a welfare volunteer replies, then counts", async ({
  page,
  make,
  db,
  browser,
}) => {
  test.setTimeout(120_000);
  const facilitator = await make.user({
    role: "FACILITATOR",
    domain: "WELZIJN",
    name: "Marieke Begeleider",
  });
  const poster = await make.user({ domain: "SPORT", name: "Sven Sporter" });
  const welfare = await make.user({ domain: "WELZIJN", name: "Ingrid Welzijn" });
  const otherSport = await make.user({ domain: "SPORT", name: "Daan Sport" });
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: [poster.id, welfare.id, otherSport.id],
  });
  // Only the two-worlds rule is left between Sven and completion.
  await db.cohort.update({
    where: { id: cohort.id },
    data: { crossSectorCase: true, requireEvaluation: false },
  });
  await db.cohortModule.updateMany({ where: { cohortId: cohort.id }, data: { required: false } });
  const todo = "een praktijkcasus uit een les met een reactie uit de andere wereld";

  await loginThroughForm(page, poster.email, poster.password);
  await page.goto(`/groepen/${cohort.id}/certificaat`);
  await expect(page.getByText(todo)).toBeVisible();

  // From the lesson's Praktijkcasus prompt.
  await page.goto(
    `/groepen/${cohort.id}/cursus/kern/teamprocessen/een-nieuwe-of-kwetsbare-speler-opnemen`,
  );
  await page.getByRole("link", { name: "Deel een casus uit je eigen praktijk" }).first().click();
  await page.getByLabel("Titel").fill("Een nieuwe speler die niet aansluit");
  await page
    .getByLabel("De situatie: wat gebeurde er?")
    .fill("Een jongen van 13 uit de opvang staat steeds alleen bij de warming-up.");
  await page
    .getByLabel("Wat heb ik gedaan of geprobeerd?")
    .fill("Ik heb hem een vaste oefenpartner gegeven.");
  await page.getByLabel("Mijn vraag aan de groep").fill("Hoe help ik hem verder?");
  await page.getByRole("button", { name: "Casus plaatsen" }).click();
  await page.waitForURL(/\/casussen\/(?!nieuw)[a-z0-9]+$/);
  await expect(page.getByText("Wacht op een reactie uit de andere wereld")).toBeVisible();
  const caseUrl = new URL(page.url()).pathname;
  const caseId = caseUrl.split("/").pop()!;

  // A reply from sport is not the other world.
  await db.forumReply.create({
    data: {
      caseId,
      authorId: otherSport.id,
      authorDomain: "SPORT",
      body: "Geef hem een taak bij de warming-up.",
    },
  });
  await page.reload();
  await expect(page.getByText("Wacht op een reactie uit de andere wereld")).toBeVisible();

  // The facilitator sees it waiting.
  const staff = await browser.newContext({ locale: "nl-NL" });
  const staffPage = await staff.newPage();
  await loginThroughForm(staffPage, facilitator.email, facilitator.password);
  await staffPage.goto(`/groepen/${cohort.id}/overzicht`);
  await expect(
    staffPage
      .getByRole("region", { name: "Casussen die wachten op de andere wereld" })
      .or(staffPage.locator("section", { hasText: "Casussen die wachten op de andere wereld" }))
      .getByRole("link", { name: "Een nieuwe speler die niet aansluit" }),
  ).toBeVisible();
  await staff.close();

  // A welfare volunteer replies through the forum.
  const other = await browser.newContext({ locale: "nl-NL" });
  const otherPage = await other.newPage();
  await loginThroughForm(otherPage, welfare.email, welfare.password);
  await otherPage.goto(caseUrl);
  await otherPage
    .getByLabel("Je reactie")
    .fill("Vraag zijn begeleider wat hem helpt, en laat een rustige teamgenoot hem wegwijs maken.");
  await otherPage.getByRole("button", { name: "Reactie plaatsen" }).click();
  await expect(otherPage.getByText("Vraag zijn begeleider wat hem helpt")).toBeVisible();
  await other.close();

  await page.reload();
  await expect(page.getByText("Beantwoord vanuit de andere wereld")).toBeVisible();
  await page.goto(`/groepen/${cohort.id}/certificaat`);
  await expect(page.getByText(todo)).toHaveCount(0);
  await expect(
    page.getByText("Je hebt alles gedaan wat nodig is voor je certificaat."),
  ).toBeVisible();
});

test("a sport and a welfare volunteer form a tandem, each write their half, and the report counts once both are in", async ({
  page,
  make,
  db,
  browser,
}) => {
  test.setTimeout(150_000);
  const facilitator = await make.user({
    role: "FACILITATOR",
    domain: "WELZIJN",
    name: "Marieke Begeleider",
  });
  const sport = await make.user({ domain: "SPORT", name: "Sven Sporter" });
  const welfare = await make.user({ domain: "WELZIJN", name: "Ingrid Welzijn" });
  const otherSport = await make.user({ domain: "SPORT", name: "Daan Sport" });
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: [sport.id, welfare.id, otherSport.id],
  });
  // Only the tandem is left between Sven and completion.
  await db.cohort.update({
    where: { id: cohort.id },
    data: { tandemRequired: true, crossSectorCase: false, requireEvaluation: false },
  });
  await db.cohortModule.updateMany({ where: { cohortId: cohort.id }, data: { required: false } });
  const todo =
    "De tandemopdracht met iemand uit de andere wereld (allebei jullie helften van het verslag)";

  await loginThroughForm(page, sport.email, sport.password);
  await page.goto(`/groepen/${cohort.id}/certificaat`);
  await page.getByRole("link", { name: todo }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tandemopdracht" })).toBeVisible();
  // Only people from the other world can be picked.
  await expect(page.getByLabel("Daan Sport")).toHaveCount(0);
  await page.getByLabel("Ingrid Welzijn (Welzijn)").check();
  await page.getByRole("button", { name: "Vorm een tandem" }).click();
  await expect(page.getByText("Je tandempartner is Ingrid Welzijn (Welzijn).")).toBeVisible();

  // An empty half: Dutch errors in the summary and at the fields.
  await page.getByRole("button", { name: "Sla mijn helft op" }).click();
  await expect(
    page
      .locator("[data-error-summary]")
      .getByRole("link", { name: "Schrijf op wat je zag bij je tandempartner." }),
  ).toBeVisible();
  await expect(page.getByLabel("Wat zag ik bij jou?")).toHaveAttribute("aria-invalid", "true");
  await page
    .getByLabel("Wat zag ik bij jou?")
    .fill("Een inloopochtend in het buurthuis: iedereen wordt bij naam begroet.");
  await page
    .getByLabel("Wat neem ik mee?")
    .fill("Ik bel voortaan eerst het wijkteam als een speler wegblijft.");
  await page.getByRole("button", { name: "Sla mijn helft op" }).click();
  await expect(page.getByText("Je helft van het verslag is opgeslagen.")).toBeVisible();
  await expect(page.getByText("Wacht op de helft van Ingrid Welzijn.")).toBeVisible();
  await page.goto(`/groepen/${cohort.id}/certificaat`);
  await expect(page.getByRole("link", { name: todo })).toBeVisible();

  // The facilitator sees the pair waiting and who is still unpaired.
  const staff = await browser.newContext({ locale: "nl-NL" });
  const staffPage = await staff.newPage();
  await loginThroughForm(staffPage, facilitator.email, facilitator.password);
  await staffPage.goto(`/groepen/${cohort.id}/tandem`);
  await expect(staffPage.getByRole("list", { name: "Tandems" })).toContainText(
    "Sven Sporter (sport) en Ingrid Welzijn (zorg of welzijn) · Wacht op de helft van Ingrid Welzijn.",
  );
  await expect(staffPage.getByText("Sport: 1 persoon (Daan Sport)")).toBeVisible();
  await staff.close();

  // Ingrid reads Sven's half and writes hers.
  const other = await browser.newContext({ locale: "nl-NL" });
  const otherPage = await other.newPage();
  await loginThroughForm(otherPage, welfare.email, welfare.password);
  await otherPage.goto(`/groepen/${cohort.id}/tandem`);
  await expect(
    otherPage.getByText("Een inloopochtend in het buurthuis: iedereen wordt bij naam begroet."),
  ).toBeVisible();
  await otherPage
    .getByLabel("Wat zag ik bij jou?")
    .fill("Een training onder 12: de trainer geeft elk kind een compliment.");
  await otherPage
    .getByLabel("Wat neem ik mee?")
    .fill("Ik neem een cliënt mee naar een proeftraining.");
  await otherPage.getByRole("button", { name: "Sla mijn helft op" }).click();
  await expect(otherPage.getByText("Klaar: allebei de helften zijn geschreven.")).toBeVisible();
  await other.close();

  await page.goto(`/groepen/${cohort.id}/certificaat`);
  await expect(
    page.getByText("Je hebt alles gedaan wat nodig is voor je certificaat."),
  ).toBeVisible();
});

test("in a group from one sector the facilitator's mix warning explains both rules and leads to where they are switched off", async ({
  page,
  make,
}) => {
  const facilitator = await make.user({
    role: "FACILITATOR",
    domain: "SPORT",
    name: "Bart Begeleider",
  });
  const sport = await make.user({ domain: "SPORT", name: "Sanne Sport" });
  const cohort = await make.cohort({ facilitatorId: facilitator.id, participantIds: [sport.id] });
  await loginThroughForm(page, facilitator.email, facilitator.password);
  await page.goto(`/groepen/${cohort.id}`);
  await expect(page.getByText("Er doet nog niemand uit zorg of welzijn mee.")).toBeVisible();
  await expect(page.getByText(/Waarom dit ertoe doet: .*de tandemopdracht/)).toBeVisible();
  await page
    .getByRole("link", { name: "Twee werelden, één opdracht: de regels aan- of uitzetten" })
    .click();
  await expect(page.getByRole("heading", { name: "De tandemopdracht" })).toBeVisible();
  await expect(
    page.getByRole("button", { name: /tandemopdracht (aan|uit) voor deze groep/ }),
  ).toBeVisible();
});
