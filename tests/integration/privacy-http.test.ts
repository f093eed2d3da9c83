import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "~/i18n/en";
import { nl } from "~/i18n/nl";
import { db } from "~/utils/db.server";
import { startAppServer, type RunningApp } from "../setup/app-server";
import { sessionCookieFor } from "../setup/call-route";
import { makeCase, twoCohorts } from "./forum-helpers";

// Issue 17 over real HTTP against the built app: headers on every HTML page,
// the statements and their links, and names in the course-wide space.

let app: RunningApp;
beforeAll(async () => {
  app = await startAppServer(process.env.DATABASE_URL!);
}, 60_000);
afterAll(async () => app?.stop());

const get = (path: string, cookie?: string) =>
  fetch(`${app.url}${path}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });

describe("headers and statements", () => {
  it("every HTML page carries a strict CSP whose nonce is on every inline script, and a new nonce each time", async () => {
    const nonces: string[] = [];
    for (const path of [
      "/",
      "/aanmelden",
      "/inloggen",
      "/privacy",
      "/toegankelijkheid",
      "/verifieer",
      "/bestaat-niet",
    ]) {
      const response = await get(path);
      expect(response.headers.get("Content-Type"), path).toContain("text/html");
      const csp = response.headers.get("Content-Security-Policy") ?? "";
      const nonce = csp.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
      expect(nonce, `${path}: ${csp}`).toBeTruthy();
      // Only style attributes (bar widths) may be inline; no inline script or style element without the nonce, no eval.
      expect(csp).toMatch(/style-src 'self'(;|$)/);
      // No 'unsafe-inline' for scripts and no 'unsafe-eval': lessons are modules (decision 023).
      expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'(;|$)/);
      expect(csp).not.toContain("unsafe-eval");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get("Referrer-Policy")).toBe("same-origin");
      expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(response.headers.get("Permissions-Policy")).toContain("camera=()");
      const html = await response.text();
      for (const tag of html.match(/<script\b[^>]*>/g) ?? [])
        expect(tag, path).toContain(`nonce="${nonce}"`);
      nonces.push(nonce!);
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  it("a lesson page allows no eval and names its lesson as a same-origin module, served as JavaScript for good to the logged-in only", async () => {
    const { a } = await twoCohorts();
    const cookie = await sessionCookieFor(a.sport.id);
    const response = await get(
      `/groepen/${a.id}/cursus/kern/teamprocessen/van-groep-naar-team`,
      cookie,
    );
    expect(response.status).toBe(200);
    const csp = response.headers.get("Content-Security-Policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'(;|$)/);
    expect(csp).not.toContain("unsafe-eval");
    const html = await response.text();
    // The server rendered the lesson with its interactive parts, and no compiled code rides along in the loader data.
    expect(html).toContain("In welke fase zit jouw team");
    expect(html).not.toContain("_jsx_runtime");
    const href = html.match(/data-lesson-module="(\/lescode\/[a-z0-9]+-[0-9a-f]{64}\.js)"/)?.[1];
    expect(href, "the lesson's module address").toBeTruthy();
    const lessonModule = await get(href!, cookie);
    expect(lessonModule.status).toBe(200);
    expect(lessonModule.headers.get("Content-Type")).toBe("text/javascript; charset=utf-8");
    expect(lessonModule.headers.get("Cache-Control")).toContain("immutable");
    const code = await lessonModule.text();
    expect(code).toMatch(/^export default function lesson\(React, ReactDOM, _jsx_runtime\)/);
    expect(code).toContain("In welke fase zit jouw team");
    // Not for someone who is not logged in, and an address nobody compiled is not found.
    expect((await get(href!)).status).toBe(302);
    expect((await get(href!.replace(/[0-9a-f]{64}/, "0".repeat(64)), cookie)).status).toBe(404);
  });

  it("links the privacy and accessibility statements from every footer and the sign-up form, in Dutch and English", async () => {
    for (const path of ["/", "/inloggen", "/privacy"]) {
      const html = await (await get(path)).text();
      expect(html, path).toContain('href="/privacy"');
      expect(html, path).toContain('href="/toegankelijkheid"');
    }
    const signup = await (await get("/aanmelden")).text();
    const password = signup.indexOf('name="password"');
    const form = signup.slice(
      signup.lastIndexOf("<form", password),
      signup.indexOf("</form>", password),
    );
    expect(form).toContain('href="/privacy"');
    const privacy = await (await get("/privacy")).text();
    expect(privacy).toContain("<h1>Privacyverklaring</h1>");
    expect(privacy).toContain("90 dagen");
    expect(await (await get("/toegankelijkheid")).text()).toContain("WCAG 2.1");
    // The English catalogue has every statement text the Dutch one has.
    const keys = (value: object, prefix = ""): string[] =>
      Object.entries(value).flatMap(([key, child]) =>
        typeof child === "object" ? keys(child, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    expect(keys(en.legal!).sort()).toEqual(keys(nl.legal).sort());
  });

  it("the course-wide space shows no name to another cohort in the HTML, and the name to the poster's own cohort", async () => {
    const { a, b } = await twoCohorts();
    const posted = await makeCase({
      cohortId: null,
      authorId: a.sport.id,
      title: "Voor de hele cursus",
    });
    await db.forumReply.create({
      data: {
        caseId: posted.id,
        authorId: a.welfare.id,
        authorDomain: "WELZIJN",
        body: "Een reactie",
      },
    });
    for (const path of [`/casussen/${posted.id}`, "/casussen"]) {
      const outsider = await (await get(path, await sessionCookieFor(b.sport.id))).text();
      expect(outsider, path).not.toContain("Sporter Enschede");
      expect(outsider, path).not.toContain("Welzijner Enschede");
      expect(outsider, path).toContain("Enschede");
      const insider = await (await get(path, await sessionCookieFor(a.facilitator.id))).text();
      expect(insider, path).toContain("Sporter Enschede");
    }
  });
});
