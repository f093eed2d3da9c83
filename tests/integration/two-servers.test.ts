import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { factories } from "../factories";
import { postForm, sessionCookieFrom, startAppServer, type RunningApp } from "../setup/app-server";
import { sessionCookieFor as cookieFor } from "../setup/call-route";

const make = factories(db);
let one: RunningApp;
let two: RunningApp;

// Two app servers on one PostgreSQL: nothing the app needs lives in a process or on local disk.
beforeAll(async () => {
  [one, two] = await Promise.all([
    startAppServer(process.env.DATABASE_URL!),
    startAppServer(process.env.DATABASE_URL!),
  ]);
}, 90_000);
afterAll(async () => Promise.all([one?.stop(), two?.stop()]));

describe("two app servers, one database", () => {
  it("a session opened on one server is valid on the other, and logging out on the other ends it", async () => {
    const user = await make.user({ name: "Ingrid Smit", password: "wachtwoord-123" });
    const login = await postForm(one, "/inloggen", {
      email: user.email,
      password: "wachtwoord-123",
    });
    const cookie = sessionCookieFrom(login)!;
    const account = await fetch(`${two.url}/account`, {
      headers: { Cookie: cookie },
      redirect: "manual",
    });
    expect(account.status).toBe(200);
    expect(await account.text()).toContain("Ingrid Smit");

    await postForm(two, "/uitloggen", {}, { Cookie: cookie, Origin: two.origin });
    const after = await fetch(`${one.url}/account`, {
      headers: { Cookie: cookie },
      redirect: "manual",
    });
    expect(after.status).toBe(302);
  });

  it("the login rate limit counts attempts on both servers together", async () => {
    const user = await make.user({ password: "wachtwoord-123" });
    for (let attempt = 0; attempt < 10; attempt++) {
      const server = attempt % 2 === 0 ? one : two;
      const response = await postForm(
        server,
        "/inloggen",
        { email: user.email, password: "fout wachtwoord" },
        { Origin: server.origin },
      );
      expect(response.status).toBe(400);
    }
    const eleventh = await postForm(one, "/inloggen", {
      email: user.email,
      password: "wachtwoord-123",
    });
    expect(eleventh.status).toBe(429);
    expect(await eleventh.text()).toContain("Probeer het over 15 minuten opnieuw");
  });

  it("a local module published on one server is read on the other", async () => {
    const author = await make.user({ role: "FACILITATOR", name: "Marieke de Vries" });
    const reader = await make.user({ role: "FACILITATOR", name: "Kees Visser" });
    const published = await postForm(
      one,
      "/modules/nieuw",
      {
        intent: "publish",
        title: "Zwolle: sport in de wijk",
        goals: "Je weet wat de buurtsportcoach doet.",
        region: "Zwolle",
        "lessons.0.slug": "",
        "lessons.0.title": "De buurtsportcoach",
        "lessons.0.minutes": "10",
        "lessons.0.body":
          "## Wie is de buurtsportcoach?\n\nEen verbinder tussen de club en de wijk.",
      },
      { Cookie: await cookieFor(author.id) },
    );
    expect(published.status).toBe(302);
    const moduleId = /\/modules\/([^/?]+)/.exec(published.headers.get("location") ?? "")?.[1];
    expect(moduleId).toBeTruthy();
    const page = await fetch(`${two.url}/modules/${moduleId}`, {
      headers: { Cookie: await cookieFor(reader.id) },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Zwolle: sport in de wijk");
  });
});
