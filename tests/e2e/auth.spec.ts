import { expect, loginThroughForm, test } from "./fixtures";

// Every flow runs twice: with JavaScript, and without (progressive enhancement).
for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "met JavaScript" : "zonder JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("sign up, log out, log in again", async ({ page }) => {
      const email = `nieuw-${Date.now()}-${javaScriptEnabled}@voorbeeld.nl`;
      await page.goto("/aanmelden");
      await page.getByLabel("Naam").fill("Fatma Yıldız");
      await page.getByRole("radio", { name: "Welzijn" }).check();
      await page.getByLabel("Wat is je rol?").selectOption({ label: "Maatje" });
      await page.getByLabel("E-mailadres").fill(email);
      await page.getByLabel("Wachtwoord").fill("kort");
      await page.getByRole("button", { name: "Account maken" }).click();
      await expect(
        page.locator(".field-error", { hasText: "Kies een wachtwoord van minstens 8 tekens." }),
      ).toBeVisible();
      await expect(
        page
          .locator("[data-error-summary]")
          .getByRole("link", { name: "Kies een wachtwoord van minstens 8 tekens." }),
      ).toBeVisible();
      // The form keeps what was typed, except the password.
      await expect(page.getByLabel("Naam")).toHaveValue("Fatma Yıldız");
      await page.getByLabel("Wachtwoord").fill("een lange zin als wachtwoord");
      await page.getByRole("button", { name: "Account maken" }).click();
      await expect(
        page.getByRole("heading", { name: "Fijn dat je er bent, Fatma Yıldız." }),
      ).toBeVisible();

      await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
      await expect(page).toHaveURL(/\/inloggen/);
      await page.goto("/account");
      await expect(page).toHaveURL(/\/inloggen\?redirectTo=%2Faccount/);

      await page.getByLabel("E-mailadres").fill(email);
      await page.getByLabel("Wachtwoord", { exact: true }).fill("een lange zin als wachtwoord");
      await page.getByRole("button", { name: "Inloggen" }).click();
      await expect(page).toHaveURL(/\/account$/);
      await expect(page.getByRole("heading", { name: "Mijn account" })).toBeVisible();
    });

    test("a wrong password shows a Dutch error", async ({ page, make }) => {
      const user = await make.user();
      await page.goto("/inloggen");
      await page.getByLabel("E-mailadres").fill(user.email);
      await page.getByLabel("Wachtwoord", { exact: true }).fill("helemaal-verkeerd");
      await page.getByRole("button", { name: "Inloggen" }).click();
      const summary = page.locator("[data-error-summary]");
      await expect(summary).toContainText(
        "Dit e-mailadres en wachtwoord horen niet bij elkaar. Probeer het opnieuw.",
      );
      await expect(summary).toBeFocused();
      await expect(page).toHaveTitle(/^Fout: Inloggen/);
      await expect(page.getByLabel("E-mailadres")).toHaveValue(user.email);
    });

    test("a password reset link from the outbox works once, not twice", async ({ page, make }) => {
      const user = await make.user();
      await page.goto("/wachtwoord-vergeten");
      await page.getByLabel("E-mailadres").fill(user.email);
      await page.getByRole("button", { name: "Stuur de link" }).click();
      await expect(page.getByText("Als dit e-mailadres bij ons bekend is")).toBeVisible();

      await page.goto("/dev/postvak");
      const mail = page.locator(".card", { hasText: user.email }).first();
      const link = await mail.getByRole("link").getAttribute("href");
      expect(link).toContain("/wachtwoord-herstellen/");
      await page.goto(link!);
      await page.getByLabel("Wachtwoord", { exact: true }).fill("mijn nieuwe wachtwoord");
      await page.getByLabel("Herhaal het wachtwoord").fill("mijn nieuwe wachtwoord");
      await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
      await expect(page.getByText("Je wachtwoord is gewijzigd.")).toBeVisible();

      await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
      await page.goto(link!);
      await expect(page.getByText("Deze link is al gebruikt of verlopen.")).toBeVisible();
      await loginThroughForm(page, user.email, "mijn nieuwe wachtwoord");
      await expect(page.getByRole("heading", { name: /Fijn dat je er bent/ })).toBeVisible();
    });

    test("a participant who opens an organisation-admin page gets a 403 page, not data", async ({
      page,
      login,
      make,
    }) => {
      const org = await make.organisation({ name: "SV Geheim" });
      const member = await make.user({ name: "Lid Zonder Rechten" });
      await make.membership({ userId: member.id, orgId: org.id });
      await login({ role: "participant" });
      const response = await page.goto(`/organisaties/${org.id}`);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
      await expect(page.getByText("Lid Zonder Rechten")).toHaveCount(0);
      await expect(page.getByText("SV Geheim")).toHaveCount(0);
    });
  });
}

test("an organisation admin sees and accepts a membership request", async ({
  page,
  login,
  make,
}) => {
  const admin = await login({ role: "orgAdmin" });
  const applicant = await make.user({ name: "Kees Visser", domain: "ZORG" });
  await make.membership({ userId: applicant.id, orgId: admin.orgId!, status: "PENDING" });
  await page.goto(`/organisaties/${admin.orgId}`);
  await page.getByRole("button", { name: "Accepteren" }).click();
  // The name is the row header of the members table (components/ui/data-table.tsx).
  await expect(page.getByRole("rowheader", { name: "Kees Visser" })).toBeVisible();
});
