import { expect, loginThroughForm, test } from "./fixtures";

// Layout baselines of the main pages on a phone and a laptop. The data is fixed
// (names, cohort dates from the factory, no evenings), so a changed picture
// means a changed layout. Refresh on purpose: npx playwright test screens --update-snapshots
const widths = [390, 1280] as const;

for (const width of widths) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: width === 390 ? 844 : 800 } });

    test("login page", async ({ page }) => {
      await page.goto("/inloggen");
      await expect(page).toHaveScreenshot(`inloggen-${width}.png`, { fullPage: true });
    });

    test("a participant's cohort page and evaluation form", async ({ page, make, db }) => {
      const facilitator = await make.user({
        role: "FACILITATOR",
        name: "Marieke de Vries",
        domain: "WELZIJN",
      });
      const participant = await make.user({ name: "Sven Bakker", domain: "SPORT" });
      const other = await make.user({
        name: "Ingrid van der Berg-Oosterhuis",
        domain: "WELZIJN",
        volunteerRole: "maatje",
      });
      const cohort = await make.cohort({
        facilitatorId: facilitator.id,
        participantIds: [participant.id, other.id],
        name: "Sportcoach Enschede-Oost najaar 2026 met een heel lange naam voor de groep",
        place: "Enschede",
        minEvenings: 2,
      });
      await db.cohort.update({
        where: { id: cohort.id },
        data: { evaluationOpenedAt: new Date("2026-11-01T12:00:00Z") },
      });
      await loginThroughForm(page, participant.email, participant.password);

      await page.goto(`/groepen/${cohort.id}`);
      await expect(page.getByRole("list", { name: "Wat je certificaat vraagt" })).toBeVisible();
      await expect(page).toHaveScreenshot(`groep-${width}.png`, { fullPage: true });

      await page.goto(`/groepen/${cohort.id}/evaluatie`);
      await page.getByRole("button", { name: "Versturen" }).click();
      await expect(page.locator("[data-error-summary]")).toBeFocused();
      await expect(page).toHaveScreenshot(`evaluatie-fout-${width}.png`);
    });
  });
}
