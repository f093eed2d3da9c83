import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type RunningApp } from "../setup/app-server";
import { fingerprint } from "./matrix/fingerprint";
import { buildRows, sidePairs, type Body, type Row } from "./matrix/rows";
import {
  buildWorld,
  cookieFor,
  MIRROR,
  ROLE_LABELS,
  ROLES,
  type Role,
  type World,
} from "./matrix/world";

// The authorisation matrix (issue 8): every loader and action of app/routes,
// for every role, by raw HTTP against the built app; each id-taking row also
// with tampered ids. docs/security.md is written from these rows.

const NON_EXISTENT = "clzzzzzzzzzzzzzzzzzzzzzzz";
const MALFORMED = ["../../etc", "\u0000", "1 OR 1=1"];
const BATCH = 12;

type Expect = "allow" | "deny" | "deny-path" | "no-change" | "token-deny";
type Cell = { row: Row; role: Role; variant: string; path: string; body?: Body; expect: Expect };

let app: RunningApp;
let world: World;
let rows: Row[];
const cookies = new Map<Role, string>();
const failures: string[] = [];

beforeAll(async () => {
  world = await buildWorld();
  rows = buildRows(world);
  for (const role of ROLES)
    if (role !== "anonymous") cookies.set(role, await cookieFor(world.people[role].id));
  // Without job workers: mails sent in the background would change the database between a request and its fingerprint.
  app = await startAppServer(process.env.DATABASE_URL!, { JOBS_IN_APP: "0" });
}, 120_000);
afterAll(async () => app?.stop());

const swapAll = (text: string, pairs: [string, string][]) => {
  const marks = pairs.map((_, index) => `\u0001${index}\u0001`);
  let out = text;
  pairs.forEach(([mine], index) => (out = out.split(mine).join(marks[index])));
  pairs.forEach(([, theirs], index) => (out = out.split(theirs).join(`\u0002${index}\u0002`)));
  pairs.forEach(([, theirs], index) => (out = out.split(marks[index]).join(theirs)));
  pairs.forEach(([mine], index) => (out = out.split(`\u0002${index}\u0002`).join(mine)));
  return out;
};
const swapBody = (body: Body | undefined, pairs: [string, string][]) =>
  body &&
  Object.fromEntries(
    Object.entries(body).map(([key, value]) => [
      swapAll(key, pairs),
      Array.isArray(value) ? value.map((item) => swapAll(item, pairs)) : swapAll(value, pairs),
    ]),
  );
const bodyOf = (row: Row, role: Role) =>
  typeof row.body === "function" ? row.body(role) : row.body;
const replaceInPath = (rowPath: string, id: string, by: string) =>
  rowPath.split(id).join(encodeURIComponent(by));

/** The base cell of each role, plus the tampered variants of an id-taking row. */
function cellsOf(row: Row, pairs: [string, string][]): Cell[] {
  const cells: Cell[] = [];
  const swappable = pairs.filter(
    ([mine]) =>
      row.path.includes(mine) ||
      JSON.stringify(bodyOf(row, "platformAdmin") ?? {}).includes(mine) ||
      JSON.stringify(bodyOf(row, "facilitatorA") ?? {}).includes(mine),
  );
  for (const role of ROLES) {
    cells.push({
      row,
      role,
      variant: "own ids",
      path: row.path,
      body: bodyOf(row, role),
      expect: row.allow.includes(role) ? "allow" : "deny",
    });
    if (row.token) {
      for (const bad of [NON_EXISTENT, ...MALFORMED])
        cells.push({
          row,
          role,
          variant: `token ${JSON.stringify(bad)}`,
          path: replaceInPath(row.path, row.root!, bad),
          body: bodyOf(row, role),
          expect: "token-deny",
        });
      continue;
    }
    if (swappable.length && row.root) {
      // The same person using the other side's ids behaves as their counterpart would on the own side.
      cells.push({
        row,
        role,
        variant: "other side's ids",
        path: swapAll(row.path, swappable),
        body: swapBody(bodyOf(row, MIRROR[role]), swappable),
        expect: row.allow.includes(MIRROR[role]) ? "allow" : "deny",
      });
    }
    for (const child of row.child ?? []) {
      const pair = pairs.find(([mine]) => mine === child)!;
      const inPath = row.path.includes(child);
      const body = swapBody(bodyOf(row, role), [pair]);
      // An actor-specific form may not hold this child at all: then there is nothing to tamper with.
      if (!inPath && JSON.stringify(body) === JSON.stringify(bodyOf(row, role))) continue;
      cells.push({
        row,
        role,
        variant: `foreign ${inPath ? "path" : "form"} id`,
        path: swapAll(row.path, [pair]),
        body,
        expect: inPath ? "deny-path" : "no-change",
      });
      if (inPath)
        cells.push({
          row,
          role,
          variant: "non-existent child id",
          path: replaceInPath(row.path, child, NON_EXISTENT),
          body: bodyOf(row, role),
          expect: "deny-path",
        });
    }
    if (row.root) {
      for (const bad of [NON_EXISTENT, ...MALFORMED])
        cells.push({
          row,
          role,
          variant: `id ${JSON.stringify(bad)}`,
          path: replaceInPath(row.path, row.root, bad),
          body: bodyOf(row, role),
          expect: "deny-path",
        });
    }
  }
  return cells;
}

type Outcome = { status: number; location: string | null; text: string };

async function send(cell: Cell): Promise<Outcome> {
  const role = cell.role;
  const cookie =
    role === "anonymous"
      ? undefined
      : cell.row.fresh
        ? await cookieFor(world.people[role].id)
        : cookies.get(role);
  const headers: Record<string, string> = cookie ? { Cookie: cookie } : {};
  let init: RequestInit = { method: cell.row.method, redirect: "manual", headers };
  if (cell.row.method === "POST") {
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(cell.body ?? {}))
      for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
    init = {
      ...init,
      headers: {
        ...headers,
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: app.origin,
      },
      body: form.toString(),
    };
  }
  const response = await fetch(`${app.url}${cell.path}`, init).catch(async (error: unknown) => {
    // A kept-alive socket the server just closed fails without reaching the app: try once more. A dead app is a failure of its own.
    const alive = await fetch(`${app.url}/healthz`).then(
      (answer) => answer.ok,
      () => false,
    );
    if (!alive)
      throw new Error(
        `the app stopped answering after ${cell.row.method} ${cell.path} as ${ROLE_LABELS[role]} (${cell.variant})`,
        { cause: error },
      );
    return fetch(`${app.url}${cell.path}`, init);
  });
  const text = cell.row.secrets ? await response.text() : (await response.arrayBuffer(), "");
  return { status: response.status, location: response.headers.get("location"), text };
}

/** What the guard did: let the request through, refused it, or broke. */
function verdict(row: Row, outcome: Outcome): "allow" | "deny" | "error" {
  const { status, location } = outcome;
  if (status >= 500) return "error";
  if (status === 403 || status === 404) return "deny";
  // requireUser sends anonymous visitors to /inloggen?redirectTo=...; logging out also lands on /inloggen, as a success.
  if (status >= 300 && status < 400)
    return location === "/inloggen" || location?.startsWith("/inloggen?redirectTo=")
      ? "deny"
      : "allow";
  if (status >= 200 && status < 300) return "allow";
  if (row.method === "POST" && [400, 409, 410, 422].includes(status)) return "allow";
  return "error";
}

function judge(cell: Cell, outcome: Outcome): string | null {
  const seen = verdict(cell.row, outcome);
  const label = `${cell.row.method} ${cell.path} [${cell.row.file}: ${cell.row.what}] as ${ROLE_LABELS[cell.role]} (${cell.variant})`;
  const got = `${outcome.status}${outcome.location ? ` -> ${outcome.location}` : ""}`;
  switch (cell.expect) {
    case "allow": {
      if (seen !== "allow") return `${label}: expected allowed, got ${got}`;
      if (cell.variant !== "own ids") return null;
      const shows = (text: string) =>
        outcome.text.includes(text) || outcome.text.includes(escapeHtml(text));
      const leaked = cell.row.secrets?.find(
        (secret) => !secret.visibleTo.includes(cell.role) && shows(secret.text),
      );
      if (leaked)
        return `${label}: the answer shows text that is not theirs: ${JSON.stringify(leaked.text)}`;
      // The owner does see it, so the check above looks in the right place.
      const hidden = cell.row.secrets?.find(
        (secret) => secret.visibleTo.includes(cell.role) && !shows(secret.text),
      );
      return hidden
        ? `${label}: the answer misses the owner's own text ${JSON.stringify(hidden.text)}`
        : null;
    }
    case "deny":
    case "deny-path":
      return seen === "deny" ? null : `${label}: expected denied, got ${got}`;
    case "token-deny":
      return [400, 404, 410].includes(outcome.status)
        ? null
        : `${label}: expected 404/410 for a tampered token, got ${got}`;
    case "no-change":
      return seen === "error" && ![400, 409, 410, 422].includes(outcome.status)
        ? `${label}: expected a refusal or no change, got ${got}`
        : null;
  }
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");

async function inBatches(cells: Cell[], parallel: boolean) {
  for (let index = 0; index < cells.length; index += parallel ? BATCH : 1) {
    const batch = cells.slice(index, index + (parallel ? BATCH : 1));
    const outcomes = await Promise.all(batch.map(send));
    batch.forEach((cell, at) => {
      const problem = judge(cell, outcomes[at]);
      if (problem) failures.push(problem);
    });
  }
}

describe("the authorisation matrix", () => {
  it("has a row for every route file in app/routes", () => {
    const files = readdirSync(path.resolve("app/routes")).filter(
      (file) => /\.(tsx?|jsx?)$/.test(file) && !/\.test\./.test(file),
    );
    const covered = new Set(rows.map((row) => row.file));
    const missing = files.filter((file) => !covered.has(file)).sort();
    expect(
      missing,
      `route files without a row in tests/integration/matrix/rows/ (one file per domain):\n${missing.join("\n")}`,
    ).toEqual([]);
    const stale = [...covered].filter((file) => !files.includes(file));
    expect(stale, "rows for route files that no longer exist").toEqual([]);
  });

  it("lets each role do exactly what the product rules allow, also with tampered ids, and denied requests change nothing", async () => {
    const pairs = sidePairs(world);
    for (const row of rows) {
      const cells = cellsOf(row, pairs);
      const refused = cells.filter((cell) => cell.expect !== "allow");
      const allowed = cells.filter((cell) => cell.expect === "allow");
      const before = await fingerprint();
      await inBatches(refused, true);
      if ((await fingerprint()) !== before)
        failures.push(
          `${row.method} ${row.path} [${row.file}: ${row.what}]: a denied request changed the database`,
        );
      // Allowed mutations run one by one: some may only happen once.
      await inBatches(allowed, row.method === "GET");
      if (row.method === "GET" && (await fingerprint()) !== before)
        failures.push(`GET ${row.path} [${row.file}: ${row.what}]: a GET changed the database`);
    }
    expect(
      failures,
      `${failures.length} cells disagree with the product rules:\n${failures.join("\n")}`,
    ).toEqual([]);
  }, 600_000);
});

afterAll(() => {
  if (!rows?.length) return;
  const requests = rows.reduce((sum, row) => sum + cellsOf(row, sidePairs(world)).length, 0);
  writeFileSync(path.resolve("docs/security.md"), securityMarkdown(rows, requests));
});

/** docs/security.md: the matrix as a readable table, from the test's own rows (no ids, no dates). */
function securityMarkdown(all: Row[], requests: number) {
  const header = `| route file | method | path | what | ${ROLES.map((role) => ROLE_LABELS[role]).join(" | ")} |`;
  const line = `|${" --- |".repeat(4 + ROLES.length)}`;
  const body = all.map(
    (row) =>
      `| \`${row.file.replace(/\|/g, "\\|")}\` | ${row.method} | \`${row.pattern}\` | ${row.what}${row.note ? ` (${row.note})` : ""} | ${ROLES.map((role) => (row.allow.includes(role) ? "✓" : "✗")).join(" | ")} |`,
  );
  const files = new Set(all.map((row) => row.file)).size;
  return [
    "# Security: the authorisation matrix",
    "",
    "Generated by `tests/integration/authorization-matrix.test.ts` from its own rows (`tests/integration/matrix/rows.ts`); do not edit by hand.",
    "Regenerate with:",
    "",
    "```sh",
    "flock /tmp/bdl-e2e.lock sh -c 'npx remix build && npx vitest run tests/integration/authorization-matrix.test.ts'",
    "```",
    "",
    "Each cell is tested over raw HTTP against the built app: ✓ means the guard lets the request through (2xx, a redirect that is not the login page, or a form-validation answer for a POST);",
    "✗ means 403, 404, or for anonymous visitors a redirect to `/inloggen`. Every row that takes an id is also sent with tampered ids: the other cohort's or club's ids",
    "(which must behave as for the counterpart on the other side), a child id of the other side inside one's own cohort or club, a non-existent id and malformed ids",
    "(`../../etc`, a NUL byte, `1 OR 1=1`); those must be refused. A denied request must leave the database unchanged, and no GET may change it.",
    "",
    "Roles: anonymous; a participant of cohort A or B; the facilitator of cohort A or B; the admin of club X (linked to cohort A) or club Y (cohort B); a platform admin.",
    "",
    `${all.length} rows over ${files} route files: ${all.length * ROLES.length} role cells, ${requests} requests with the tampered ids.`,
    "",
    header,
    line,
    ...body,
    "",
  ].join("\n");
}
