import { expect, test } from "./fixtures";

test("the header shows each role its places; logging out says so", async ({ page, login }) => {
  const admin = await login({ role: "orgAdmin" });
  const header = page.getByRole("navigation", { name: "Hoofdmenu" });
  for (const name of ["Mijn overzicht", "Mijn groepen", "Casussen", "Clubbeheer", "Mijn account"])
    await expect(header.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(header.getByRole("link", { name: "Beheer", exact: true })).toHaveCount(0);
  await header.getByRole("link", { name: "Clubbeheer" }).click();
  await expect(page).toHaveURL(new RegExp(`/organisaties/${admin.orgId}$`));
  await expect(page.getByRole("heading", { name: "Vrijwilligersregister" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Clubbeheer" })).toHaveAttribute(
    "aria-current",
    "page",
  );

  await header.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByText("Je bent uitgelogd.")).toBeVisible();
});

test("an invitation link has a copy button and a QR code, and stays on the page until it expires", async ({
  page,
  login,
  make,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const facilitator = await login({ role: "facilitator" });
  const cohort = await make.cohort({ facilitatorId: facilitator.id });
  await page.goto(`/groepen/${cohort.id}/uitnodigen`);
  await page.getByRole("button", { name: "Maak een link" }).click();
  const link = (await page.getByTestId("invite-link").textContent())!.trim();
  expect(link).toMatch(/\/uitnodiging\/[a-z0-9]+$/);

  await page.getByRole("button", { name: "Kopieer link" }).click();
  await expect(page.getByText("De link is gekopieerd.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // After another action (here: a reload), the link is still there, with its QR code.
  await page.reload();
  await expect(page.getByTestId("invite-link")).toHaveText(link);
  await page.getByText("Toon QR-code").click();
  await expect(page.getByRole("img", { name: "QR-code van de uitnodigingslink" })).toBeVisible();

  // Revoked: gone.
  await page.locator('summary[aria-label^="Intrekken"]').click();
  await page
    .getByRole("dialog", { name: /deze uitnodiging wilt intrekken/ })
    .getByRole("button", { name: "Ja, trek de uitnodiging in" })
    .click();
  await expect(page.getByTestId("invite-link")).toHaveCount(0);
});
