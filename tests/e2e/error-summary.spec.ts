import { expect, test } from "./fixtures";

// A phone: the evaluation form is several screens long, the sector question is at the top.
test.use({ viewport: { width: 390, height: 844 } });

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "met JavaScript" : "zonder JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("a failed evaluation submit shows the error summary in view, focused, and its link leads to the sector question", async ({
      page,
      make,
      db,
      login,
    }) => {
      const facilitator = await make.user({ role: "FACILITATOR" });
      const participant = await login({ role: "participant" });
      const cohort = await make.cohort({
        facilitatorId: facilitator.id,
        participantIds: [participant.id],
      });
      await db.cohort.update({
        where: { id: cohort.id },
        data: { evaluationOpenedAt: new Date() },
      });

      await page.goto(`/groepen/${cohort.id}/evaluatie`);
      await expect(page).toHaveTitle(/^Evaluatie/);
      // Everything but the required sector.
      await page
        .getByRole("group", { name: /je begrip van de andere sector/ })
        .getByRole("radio", { name: "7", exact: true })
        .check();
      await page.getByRole("button", { name: "Versturen" }).click();

      const summary = page.locator("[data-error-summary]");
      await expect(summary.getByRole("heading", { name: "Er is een probleem" })).toBeVisible();
      await expect(summary).toBeFocused();
      await expect(summary).toBeInViewport();
      await expect(page).toHaveTitle(/^Fout: Evaluatie/);
      // First after the heading, before the explanation card.
      expect(await page.locator("h1 + [data-error-summary]").count()).toBe(1);
      const sector = page.getByRole("group", { name: /Vanuit welke sector/ });
      await expect(sector.getByText("Kies vanuit welke sector je de cursus volgt.")).toBeVisible();

      await summary.getByRole("link").first().click();
      await expect(sector.getByRole("radio").first()).toBeFocused();
      await expect(sector.getByRole("radio").first()).toBeInViewport();
      // Nothing was sent.
      expect(await db.evaluationReceipt.count({ where: { cohortId: cohort.id } })).toBe(0);
    });
  });
}
