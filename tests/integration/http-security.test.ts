import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { createSession, sessionCookie } from "~/modules/auth/session.server";
import { factories } from "../factories";
import { postForm, sessionCookieFrom, startAppServer, type RunningApp } from "../setup/app-server";

const make = factories(db);
let app: RunningApp;

beforeAll(async () => {
  app = await startAppServer(process.env.DATABASE_URL!);
}, 60_000);
afterAll(async () => app?.stop());

describe("the app over HTTP", () => {
  it("refuses a POST from a foreign origin, or without one, with 403", async () => {
    const user = await make.user({ password: "wachtwoord-123" });
    const evil = await postForm(
      app,
      "/inloggen",
      { email: user.email, password: "wachtwoord-123" },
      { Origin: "https://evil.example" },
    );
    expect(evil.status).toBe(403);
    expect(sessionCookieFrom(evil)).toBeNull();
    const missing = await fetch(`${app.url}/inloggen`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: user.email, password: "wachtwoord-123" }).toString(),
    });
    expect(missing.status).toBe(403);
  });

  it("never keeps a session cookie from before login (no fixation)", async () => {
    const user = await make.user({ password: "wachtwoord-123" });
    const planted = await createSession(user.id);
    const plantedCookie = (await sessionCookie.serialize(planted.token)).split(";")[0];
    const response = await postForm(
      app,
      "/inloggen",
      { email: user.email, password: "wachtwoord-123" },
      { Cookie: plantedCookie },
    );
    expect(response.status).toBe(302);
    const fresh = sessionCookieFrom(response);
    expect(fresh).not.toBeNull();
    expect(fresh).not.toBe(plantedCookie);
    // The planted session is gone; only the new one remains.
    expect(await db.session.findUnique({ where: { id: planted.token.split(".")[0] } })).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("answers the 11th rapid login attempt with the Dutch wait message", async () => {
    const user = await make.user({ password: "wachtwoord-123" });
    for (let attempt = 1; attempt <= 10; attempt++) {
      const response = await postForm(app, "/inloggen", {
        email: user.email,
        password: `fout-${attempt}-wachtwoord`,
      });
      expect(response.status, `attempt ${attempt}`).toBe(400);
    }
    const eleventh = await postForm(app, "/inloggen", {
      email: user.email,
      password: "wachtwoord-123",
    });
    expect(eleventh.status).toBe(429);
    expect(await eleventh.text()).toContain(
      "Je hebt het te vaak geprobeerd. Probeer het over 15 minuten opnieuw.",
    );
    expect(sessionCookieFrom(eleventh)).toBeNull();
  });

  it("does not redirect to another site after login", async () => {
    const user = await make.user({ password: "wachtwoord-123" });
    const response = await postForm(app, "/inloggen", {
      email: user.email,
      password: "wachtwoord-123",
      redirectTo: "//evil.example/pad",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/");
  });

  it("changes nothing on GET: /uitloggen by GET keeps the session", async () => {
    const user = await make.user({ password: "wachtwoord-123" });
    const login = await postForm(app, "/inloggen", {
      email: user.email,
      password: "wachtwoord-123",
    });
    const cookie = sessionCookieFrom(login)!;
    await fetch(`${app.url}/uitloggen`, { headers: { Cookie: cookie }, redirect: "manual" });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses an expired session cookie: the account page sends you to login", async () => {
    const user = await make.user();
    const session = await createSession(user.id);
    await db.session.update({
      where: { id: session.token.split(".")[0] },
      data: { absoluteExpiresAt: new Date(Date.now() - 1) },
    });
    const cookie = (await sessionCookie.serialize(session.token)).split(";")[0];
    const response = await fetch(`${app.url}/account`, {
      headers: { Cookie: cookie },
      redirect: "manual",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/inloggen?redirectTo=%2Faccount");
  });

  it("rejects passwords shorter than 8 or longer than 256 characters with Dutch messages", async () => {
    const base = { name: "Sam Jansen", domain: "SPORT", volunteerRole: "trainer" };
    const short = await postForm(app, "/aanmelden", {
      ...base,
      email: "kort@voorbeeld.nl",
      password: "1234567",
    });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain("Kies een wachtwoord van minstens 8 tekens.");
    const long = await postForm(app, "/aanmelden", {
      ...base,
      email: "lang@voorbeeld.nl",
      password: "x".repeat(257),
    });
    expect(await long.text()).toContain("Je wachtwoord mag hoogstens 256 tekens lang zijn.");
    expect(
      await db.user.count({ where: { email: { in: ["kort@voorbeeld.nl", "lang@voorbeeld.nl"] } } }),
    ).toBe(0);
  });

  it("reports its health, with the database", async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
  });
});
