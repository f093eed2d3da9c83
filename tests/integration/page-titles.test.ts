import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localeCookie } from "~/i18n/locale.server";
import { startAppServer, type RunningApp } from "../setup/app-server";
import { buildRows, type Row } from "./matrix/rows";
import { buildWorld, cookieFor, ROLES, type Role, type World } from "./matrix/world";

// WCAG 2.4.2 (issue 15): every page of the authorisation matrix has a title of
// its own, from the catalogue in the reader's language. Each GET row is loaded
// by a role that may see it, in Dutch and in English; files, JSON, CSV and
// redirects are not pages and are skipped.

let app: RunningApp;
let world: World;
let rows: Row[];
const sessions = new Map<Role, string>();

beforeAll(async () => {
  world = await buildWorld();
  rows = buildRows(world).filter((row) => row.method === "GET" && row.allow.length > 0);
  for (const role of ROLES)
    if (role !== "anonymous") sessions.set(role, await cookieFor(world.people[role].id));
  app = await startAppServer(process.env.DATABASE_URL!);
}, 120_000);
afterAll(async () => app?.stop());

const decode = (text: string) =>
  text
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

async function titlesIn(locale: "nl" | "en") {
  const language = (await localeCookie.serialize(locale)).split(";")[0];
  const seen: { file: string; path: string; title: string | null; count: number }[] = [];
  for (const row of rows) {
    const role = row.allow[0];
    const cookie = [language, role === "anonymous" ? null : sessions.get(role)]
      .filter(Boolean)
      .join("; ");
    const response = await fetch(`${app.url}${row.path}`, {
      redirect: "manual",
      headers: { Cookie: cookie },
    });
    const html = (response.headers.get("Content-Type") ?? "").includes("text/html")
      ? await response.text()
      : (await response.arrayBuffer(), null);
    if (html === null || response.status >= 300) continue;
    const titles = [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((match) => decode(match[1]));
    seen.push({ file: row.file, path: row.path, title: titles[0] ?? null, count: titles.length });
  }
  return seen;
}

function problems(seen: Awaited<ReturnType<typeof titlesIn>>) {
  const out: string[] = [];
  for (const page of seen) {
    if (page.count !== 1) out.push(`${page.path} (${page.file}): ${page.count} <title> elements`);
    else if (!page.title || !/ · Buiten de Lijnen$/.test(page.title))
      out.push(
        `${page.path} (${page.file}): no page title of its own: ${JSON.stringify(page.title)}`,
      );
  }
  // One title per route file: two different pages may not share one.
  const byTitle = new Map<string, Set<string>>();
  for (const page of seen)
    if (page.title) byTitle.set(page.title, (byTitle.get(page.title) ?? new Set()).add(page.file));
  for (const [title, files] of byTitle)
    if (files.size > 1)
      out.push(`duplicate title ${JSON.stringify(title)} on ${[...files].join(", ")}`);
  return out;
}

describe("page titles", () => {
  it("every page of the matrix has its own title, in Dutch and in English", async () => {
    const nl = await titlesIn("nl");
    const en = await titlesIn("en");
    expect(nl.length).toBeGreaterThan(55);
    expect(problems(nl), "Dutch").toEqual([]);
    expect(problems(en), "English").toEqual([]);
    const dutch = new Map(nl.map((page) => [page.path, page.title]));
    const untranslated = en
      .filter((page) => dutch.get(page.path) === page.title)
      .map((page) => `${page.path}: ${page.title}`);
    expect(untranslated, "English readers get Dutch titles").toEqual([]);
    expect(
      nl.find((page) => page.file === "groepen.$cohortId.bijeenkomsten._index.tsx")?.title,
    ).toBe("Bijeenkomsten · Groep A · Buiten de Lijnen");
    expect(
      en.find((page) => page.file === "groepen.$cohortId.bijeenkomsten._index.tsx")?.title,
    ).toBe("Meetings · Groep A · Buiten de Lijnen");
  }, 300_000);

  it("the 403 and 404 pages have a title of their own in Dutch and in English, the 500 page one of its own", async () => {
    const titleOf = async (
      locale: "nl" | "en",
      path: string,
      init: RequestInit & { role?: Role } = {},
    ) => {
      const language = (await localeCookie.serialize(locale)).split(";")[0];
      const session = init.role && init.role !== "anonymous" ? sessions.get(init.role) : null;
      const response = await fetch(`${app.url}${path}`, {
        ...init,
        redirect: "manual",
        headers: {
          ...(init.headers as Record<string, string> | undefined),
          Cookie: [language, session].filter(Boolean).join("; "),
        },
      });
      const html = await response.text();
      return {
        status: response.status,
        html,
        titles: [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((match) => decode(match[1])),
      };
    };
    // A participant opening the platform admin's page; an address that does not exist; a form post the server cannot read.
    const broken = {
      method: "POST",
      role: "participantA" as Role,
      headers: { "Content-Type": "multipart/form-data; boundary=kapot", Origin: app.url },
      body: '--kapot\r\nContent-Disposition: form-data; name="x"\r\n\r\nzonder einde',
    };
    const expected = {
      nl: {
        403: "Geen toegang · Buiten de Lijnen",
        404: "Deze pagina bestaat niet · Buiten de Lijnen",
        500: "Er ging iets mis · Buiten de Lijnen",
      },
      en: {
        403: "No access · Buiten de Lijnen",
        404: "This page does not exist · Buiten de Lijnen",
        500: "Something went wrong · Buiten de Lijnen",
      },
    };
    for (const locale of ["nl", "en"] as const) {
      expect(await titleOf(locale, "/beheer", { role: "participantA" })).toMatchObject({
        status: 403,
        titles: [expected[locale][403]],
      });
      expect(await titleOf(locale, "/deze-pagina-bestaat-echt-niet")).toMatchObject({
        status: 404,
        titles: [expected[locale][404]],
      });
      // After a crashed action the root loader does not run: the language comes from the cookie instead.
      const crashed = await titleOf(locale, "/account", broken);
      expect(crashed.status).toBe(500);
      expect(crashed.titles).toEqual([expected[locale][500]]);
      expect(crashed.html).toContain(`<html lang="${locale}"`);
      expect(crashed.html).toContain(
        locale === "en" ? "<h1>Something went wrong</h1>" : "<h1>Er ging iets mis</h1>",
      );
    }
  }, 60_000);
});
