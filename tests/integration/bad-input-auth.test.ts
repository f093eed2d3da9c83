import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { factories } from "../factories";
import { postForm, startAppServer, type RunningApp } from "../setup/app-server";

const make = factories(db);
let app: RunningApp;
beforeAll(async () => {
  app = await startAppServer(process.env.DATABASE_URL!);
}, 60_000);
afterAll(async () => app?.stop());

const signup = (fields: Record<string, string>) =>
  postForm(app, "/aanmelden", { name: "Sam Jansen", domain: "SPORT", volunteerRole: "trainer", password: "goed wachtwoord", ...fields });

// Bad input for accounts: each case gets a clear Dutch answer and stores nothing wrong.
describe("bad input: accounts", () => {
  it.each([
    ["a right-to-left override in a name", "Sam \u202Enesnaj", "Je naam bevat tekens die we niet kunnen tonen"],
    ["a NUL byte in a name", "Sam\u0000Jansen", "Je naam bevat tekens die we niet kunnen tonen"],
    ["a name of one letter", "S", "Vul je naam in (minstens 2 tekens)."],
    ["a name of 101 characters", "S".repeat(101), "Je naam mag hoogstens 100 tekens lang zijn."],
  ])("refuses %s", async (_case, name, message) => {
    const email = `naam-${Math.random().toString(36).slice(2)}@voorbeeld.nl`;
    const response = await signup({ name, email });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("refuses invalid UTF-8 in a name (decoded to a replacement character)", async () => {
    const email = "utf8@voorbeeld.nl";
    const body = `name=Sam%FF%FEJansen&domain=SPORT&volunteerRole=trainer&password=goed+wachtwoord&email=${encodeURIComponent(email)}`;
    const response = await fetch(`${app.url}/aanmelden`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: app.origin },
      body,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Je naam bevat tekens die we niet kunnen tonen");
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("refuses a 1 MB password with the Dutch length message, without hashing it", async () => {
    const user = await make.user();
    const started = Date.now();
    const response = await postForm(app, "/inloggen", { email: user.email, password: "x".repeat(1024 * 1024) });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Je wachtwoord mag hoogstens 256 tekens lang zijn.");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("refuses a body over 2 MB before reading it (413, Dutch)", async () => {
    const response = await postForm(app, "/aanmelden", { name: "x".repeat(3 * 1024 * 1024), email: "groot@voorbeeld.nl" });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("te veel tekst");
    expect(await db.user.count({ where: { email: "groot@voorbeeld.nl" } })).toBe(0);
  });

  it("refuses an e-mail address that is not one", async () => {
    const response = await signup({ email: "geen-adres" });
    expect(await response.text()).toContain("Dit is geen geldig e-mailadres.");
  });

  it("refuses a second account for the same address (also with other capitals)", async () => {
    const user = await make.user({ email: "dubbel@voorbeeld.nl" });
    const response = await signup({ email: "Dubbel@Voorbeeld.nl" });
    expect(await response.text()).toContain("Er bestaat al een account met dit e-mailadres.");
    expect(await db.user.count({ where: { email: user.email } })).toBe(1);
  });

  it.each(["//evil.example", "https://evil.example", "/\\evil.example"])("does not redirect to %s after login", async (target) => {
    const user = await make.user({ password: "wachtwoord-123" });
    const response = await postForm(app, "/inloggen", { email: user.email, password: "wachtwoord-123", redirectTo: target });
    expect(response.headers.get("location")).toBe("/");
  });

  it("does not switch language to an unknown locale or redirect away", async () => {
    const response = await postForm(app, "/taal", { locale: "../../etc", redirectTo: "//evil.example" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/");
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it.each(["/build/..%2f..%2fpackage.json", "/..%2fpackage.json", "/build/%2e%2e/%2e%2e/server.ts", "/favicon.ico/..%2f..%2f.env.example"])(
    "serves no project file through path traversal: %s",
    async (path) => {
      const response = await fetch(`${app.url}${path}`);
      const text = await response.text();
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(text).not.toContain("buiten-de-lijnen");
      expect(text).not.toContain("createRequestHandler");
    },
  );

  it("a forged reset token changes nothing", async () => {
    const response = await postForm(app, "/wachtwoord-herstellen/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", { password: "nieuw wachtwoord", confirm: "nieuw wachtwoord" });
    expect(response.status).toBe(410);
    expect(await response.text()).toContain("Deze link is al gebruikt of verlopen.");
  });
});
