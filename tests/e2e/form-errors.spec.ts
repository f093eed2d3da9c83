import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import type { Factories } from "../factories";

// Every main form, submitted empty without JavaScript on a phone: the server
// answers with the error summary as the first thing after the page heading,
// focused (autofocus) and in view, the title starts with "Fout:", and the
// summary's first link points at a field that exists on the page.
test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

type Setup = {
  page: Page;
  make: Factories;
  login: (options?: {
    role?: "participant" | "facilitator" | "admin" | "orgAdmin";
  }) => Promise<{ id: string; orgId?: string }>;
};
type FormCase = {
  name: string;
  open: (setup: Setup) => Promise<string>;
  submit: string;
  fieldLink?: boolean;
};

const cohortOf = async ({ make, login }: Setup) => {
  const facilitator = await login({ role: "facilitator" });
  return make.cohort({ facilitatorId: facilitator.id });
};

const forms: FormCase[] = [
  { name: "inloggen", open: async () => "/inloggen", submit: "Inloggen" },
  {
    name: "wachtwoord vergeten",
    open: async () => "/wachtwoord-vergeten",
    submit: "Stuur de link",
  },
  {
    name: "nieuwe groep",
    open: async ({ login }) => (await login({ role: "facilitator" }), "/groepen/nieuw"),
    submit: "Groep aanmaken",
  },
  {
    name: "bijeenkomst plannen",
    open: async (setup) => `/groepen/${(await cohortOf(setup)).id}/bijeenkomsten`,
    submit: "Bijeenkomst plannen",
  },
  {
    name: "bericht aan de groep",
    open: async (setup) => `/groepen/${(await cohortOf(setup)).id}/berichten`,
    submit: "Versturen",
  },
  {
    name: "account verwijderen (mijn account)",
    open: async ({ login }) => (await login({ role: "participant" }), "/account"),
    submit: "Verwijder mijn account",
    fieldLink: false,
  },
  {
    name: "vrijwilliger vastleggen (werklijst)",
    open: async ({ login }) =>
      `/organisaties/${(await login({ role: "orgAdmin" })).orgId}/werklijst`,
    submit: "Vastleggen",
  },
];

for (const form of forms) {
  test(`${form.name}: a failed submit without JavaScript opens at the error summary, first after the heading`, async ({
    page,
    make,
    login,
  }) => {
    const url = await form.open({ page, make, login: login as Setup["login"] });
    await page.goto(url);
    const title = await page.title();
    await page.getByRole("button", { name: form.submit, exact: true }).click();

    const summary = page.locator("[data-error-summary]");
    await expect(summary.getByRole("heading", { name: "Er is een probleem" })).toBeVisible();
    // The DOM order: the element right after the h1 is the summary, and there is only one.
    expect(
      await page.evaluate(
        () =>
          document.querySelector("h1")?.nextElementSibling?.hasAttribute("data-error-summary") ??
          false,
      ),
    ).toBe(true);
    await expect(summary).toHaveCount(1);
    await expect(summary).toBeFocused();
    await expect(summary).toBeInViewport();
    await expect(page).toHaveTitle(`Fout: ${title}`);
    if (form.fieldLink !== false) {
      const href = await summary.getByRole("link").first().getAttribute("href");
      expect(href).toMatch(/^#veld-/);
      await expect(page.locator(href ?? "#none")).toHaveCount(1);
    }
  });
}
