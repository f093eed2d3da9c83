import { expect, loginThroughForm, test } from "./fixtures";

test("a sport volunteer's case from a lesson waits for the other world until a welfare volunteer replies, then counts", async ({ page, make, db, browser }) => {
  test.setTimeout(120_000);
  const facilitator = await make.user({ role: "FACILITATOR", domain: "WELZIJN", name: "Marieke Begeleider" });
  const poster = await make.user({ domain: "SPORT", name: "Sven Sporter" });
  const welfare = await make.user({ domain: "WELZIJN", name: "Ingrid Welzijn" });
  const otherSport = await make.user({ domain: "SPORT", name: "Daan Sport" });
  const cohort = await make.cohort({ facilitatorId: facilitator.id, participantIds: [poster.id, welfare.id, otherSport.id] });
  // Only the two-worlds rule is left between Sven and completion.
  await db.cohort.update({ where: { id: cohort.id }, data: { crossSectorCase: true, requireEvaluation: false } });
  await db.cohortModule.updateMany({ where: { cohortId: cohort.id }, data: { required: false } });
  const todo = "een praktijkcasus uit een les met een reactie uit de andere wereld";

  await loginThroughForm(page, poster.email, poster.password);
  await page.goto(`/groepen/${cohort.id}/certificaat`);
  await expect(page.getByText(todo)).toBeVisible();

  // From the lesson's Praktijkcasus prompt.
  await page.goto(`/groepen/${cohort.id}/cursus/kern/teamprocessen/een-nieuwe-of-kwetsbare-speler-opnemen`);
  await page.getByRole("link", { name: "Deel een casus uit je eigen praktijk" }).first().click();
  await page.getByLabel("Titel").fill("Een nieuwe speler die niet aansluit");
  await page.getByLabel("De situatie: wat gebeurde er?").fill("Een jongen van 13 uit de opvang staat steeds alleen bij de warming-up.");
  await page.getByLabel("Wat heb ik gedaan of geprobeerd?").fill("Ik heb hem een vaste oefenpartner gegeven.");
  await page.getByLabel("Mijn vraag aan de groep").fill("Hoe help ik hem verder?");
  await page.getByRole("button", { name: "Casus plaatsen" }).click();
  await page.waitForURL(/\/casussen\/(?!nieuw)[a-z0-9]+$/);
  await expect(page.getByText("Wacht op een reactie uit de andere wereld")).toBeVisible();
  const caseUrl = new URL(page.url()).pathname;
  const caseId = caseUrl.split("/").pop()!;

  // A reply from sport is not the other world.
  await db.forumReply.create({ data: { caseId, authorId: otherSport.id, authorDomain: "SPORT", body: "Geef hem een taak bij de warming-up." } });
  await page.reload();
  await expect(page.getByText("Wacht op een reactie uit de andere wereld")).toBeVisible();

  // The facilitator sees it waiting.
  const staff = await browser.newContext({ locale: "nl-NL" });
  const staffPage = await staff.newPage();
  await loginThroughForm(staffPage, facilitator.email, facilitator.password);
  await staffPage.goto(`/groepen/${cohort.id}/overzicht`);
  await expect(staffPage.getByRole("region", { name: "Casussen die wachten op de andere wereld" }).or(staffPage.locator("section", { hasText: "Casussen die wachten op de andere wereld" })).getByRole("link", { name: "Een nieuwe speler die niet aansluit" })).toBeVisible();
  await staff.close();

  // A welfare volunteer replies through the forum.
  const other = await browser.newContext({ locale: "nl-NL" });
  const otherPage = await other.newPage();
  await loginThroughForm(otherPage, welfare.email, welfare.password);
  await otherPage.goto(caseUrl);
  await otherPage.getByLabel("Je reactie").fill("Vraag zijn begeleider wat hem helpt, en laat een rustige teamgenoot hem wegwijs maken.");
  await otherPage.getByRole("button", { name: "Reactie plaatsen" }).click();
  await expect(otherPage.getByText("Vraag zijn begeleider wat hem helpt")).toBeVisible();
  await other.close();

  await page.reload();
  await expect(page.getByText("Beantwoord vanuit de andere wereld")).toBeVisible();
  await page.goto(`/groepen/${cohort.id}/certificaat`);
  await expect(page.getByText(todo)).toHaveCount(0);
  await expect(page.getByText("Je hebt alles gedaan wat nodig is voor je certificaat.")).toBeVisible();
});
