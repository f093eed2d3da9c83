import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../app/generated/prisma/client";
import { factories, type Factories } from "../factories";
import { E2E_DATABASE_URL } from "./env";

type Role = "participant" | "facilitator" | "admin" | "orgAdmin";
type LoggedIn = Awaited<ReturnType<Factories["user"]>> & { orgId?: string };

export type A11yViolation = {
  url: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
};

/** Serious and critical axe violations (WCAG 2.1 A/AA) of the page as it is now. */
export async function axeViolations(page: Page): Promise<A11yViolation[]> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return result.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      url: page.url(),
      id: violation.id,
      impact: violation.impact ?? "",
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
}

export const test = base.extend<
  {
    make: Factories;
    login: (options?: {
      role?: Role;
      name?: string;
      domain?: "SPORT" | "ZORG" | "WELZIJN" | "ANDERS";
    }) => Promise<LoggedIn>;
    a11y: A11yViolation[];
  },
  { db: PrismaClient }
>({
  db: [
    async ({}, use) => {
      const db = new PrismaClient({
        adapter: new PrismaPg({ connectionString: E2E_DATABASE_URL }),
      });
      await use(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  make: async ({ db }, use) => use(factories(db)),
  // Every page a test loads is checked with axe, and console errors fail the test.
  a11y: [
    async ({ page, javaScriptEnabled }, use) => {
      const violations: A11yViolation[] = [];
      const consoleErrors: string[] = [];
      const pending: Promise<void>[] = [];
      const checked = new Set<string>();
      const check = () => {
        const key = new URL(page.url()).pathname;
        // axe runs inside the page, so it needs JavaScript; the same pages are checked in the runs with it.
        if (checked.has(key) || !javaScriptEnabled) return;
        checked.add(key);
        pending.push(
          axeViolations(page)
            .then((found) => void violations.push(...found))
            .catch(() => void checked.delete(key)), // navigated away mid-check; the next load checks again
        );
      };
      page.on("load", check);
      // Content-Security-Policy: every HTML page carries the header without 'unsafe-eval' (decision 023), and a violation is a console error (issue 17).
      const withoutCsp: string[] = [];
      const withEval: string[] = [];
      page.on("response", (response) => {
        if (
          response.request().resourceType() !== "document" ||
          !(response.headers()["content-type"] ?? "").includes("text/html")
        )
          return;
        const csp = response.headers()["content-security-policy"];
        if (!csp) withoutCsp.push(response.url());
        else if (csp.includes("'unsafe-eval'")) withEval.push(response.url());
      });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) =>
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => consoleErrors.push(error.message));
      await use(violations);
      await Promise.all(pending);
      if (
        javaScriptEnabled &&
        page.url().startsWith("http") &&
        !checked.has(new URL(page.url()).pathname)
      ) {
        violations.push(...(await axeViolations(page).catch(() => [])));
      }
      const expectedErrors = consoleErrors.filter(
        (text) => !/the server responded with a status of 4\d\d/.test(text),
      );
      expect(expectedErrors, "console errors").toEqual([]);
      expect(withoutCsp, "HTML pages without a Content-Security-Policy header").toEqual([]);
      expect(withEval, "HTML pages whose Content-Security-Policy allows 'unsafe-eval'").toEqual([]);
      expect(violations, "serious or critical accessibility violations").toEqual([]);
    },
    { auto: true },
  ],
  login: async ({ page, make, db }, use) => {
    await use(async (options = {}) => {
      const role = options.role ?? "participant";
      const user = await make.user({
        name: options.name ?? "Sam de Vries",
        domain: options.domain ?? "SPORT",
        role: role === "admin" ? "ADMIN" : role === "facilitator" ? "FACILITATOR" : "PARTICIPANT",
      });
      let orgId: string | undefined;
      if (role === "orgAdmin") {
        const org = await make.organisation();
        await make.membership({ userId: user.id, orgId: org.id, role: "ADMIN" });
        orgId = org.id;
      }
      await loginThroughForm(page, user.email, user.password);
      void db;
      return { ...user, orgId };
    });
  },
});

export async function loginThroughForm(page: Page, email: string, password: string) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/inloggen"));
}

export { expect };
