import { expect, test } from "./fixtures";

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "met JavaScript" : "zonder JavaScript", () => {
    test.use({ javaScriptEnabled, viewport: { width: 390, height: 844 } });

    test("deleting a case asks first, and says it is deleted once", async ({ page, make, db, login }) => {
      const facilitator = await make.user({ role: "FACILITATOR" });
      const poster = await login({ role: "participant" });
      const cohort = await make.cohort({ facilitatorId: facilitator.id, participantIds: [poster.id] });
      const forumCase = await db.forumCase.create({
        data: { cohortId: cohort.id, authorId: poster.id, authorDomain: "SPORT", title: "Een meisje komt niet meer", situation: "Ze komt al drie weken niet.", whatIDid: "Ik heb haar moeder gebeld.", question: "Wat kan ik nog doen?", themes: [] },
      });
      await page.goto(`/groepen/${cohort.id}/casussen/${forumCase.id}`);

      await page.getByRole("link", { name: "Mijn casus verwijderen" }).click();
      // The first click deletes nothing: a second step asks first, with the way back next to it.
      const step = page.locator(".confirm-action-panel");
      await expect(step.getByText("Weet je zeker dat je je casus wilt verwijderen? Dit kun je niet ongedaan maken.")).toBeVisible();
      expect((await db.forumCase.findUniqueOrThrow({ where: { id: forumCase.id } })).deletedAt).toBeNull();
      await step.getByRole("link", { name: "Annuleren" }).click();
      await expect(step).toHaveCount(0);
      await page.getByRole("link", { name: "Mijn casus verwijderen" }).click();
      await step.getByRole("button", { name: "Ja, verwijder mijn casus" }).click();

      await expect(page.getByRole("heading", { level: 1, name: "Deze casus is verwijderd door de schrijver." })).toBeVisible();
      await expect(page.getByText("Deze casus is verwijderd door de schrijver.")).toHaveCount(1);
      expect((await db.forumCase.findUniqueOrThrow({ where: { id: forumCase.id } })).deletedAt).not.toBeNull();
    });

    test("removing the link with a club asks first (a dialog with JavaScript, a second step without)", async ({ page, make, db, login }) => {
      const volunteer = await login({ role: "participant" });
      const club = await make.organisation({ name: `SV De Lijn ${Date.now()}` });
      await make.membership({ userId: volunteer.id, orgId: club.id });
      await page.goto("/account/clubs");
      await page.getByText(`Koppeling met ${club.name} verwijderen`).click();
      const step = javaScriptEnabled ? page.getByRole("dialog") : page.locator(".confirm-action-panel");
      await expect(step.getByText(`Weet je zeker dat je de koppeling met ${club.name} wilt verwijderen?`)).toBeVisible();
      expect(await db.orgMembership.count({ where: { userId: volunteer.id, orgId: club.id } })).toBe(1);
      await step.getByRole("button", { name: "Ja, verwijder de koppeling" }).click();
      await expect(page.getByText(`Je bent niet meer gekoppeld aan ${club.name}.`)).toBeVisible();
      expect(await db.orgMembership.count({ where: { userId: volunteer.id, orgId: club.id } })).toBe(0);
    });
  });
}
