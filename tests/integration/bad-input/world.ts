import { expect } from "vitest";
import { setEvaluationOpen } from "~/modules/evaluation/manage-evaluation.server";
import { submitEvaluation } from "~/modules/evaluation/submit-evaluation.server";
import { db } from "~/utils/db.server";
import { factories } from "../../factories";
import { sessionCookieFrom, type RunningApp } from "../../setup/app-server";
import { makeCase } from "../forum-helpers";
import { cookieFor } from "../helpers/http";

export const make = factories(db);

/**
 * The people and places every case can use: one cohort with a forum case and
 * an open evaluation that already has four responses (responses are released
 * in batches of 5, decision 024: the first submit of a case releases them, a
 * later case calls releaseWaitingResponses; the four answer C1 and E3 too, as
 * a cell of an item fewer than 5 answered stays empty in the export,
 * decision 008), an
 * organisation with its admin, and a platform admin.
 */
export async function buildWorld(app: RunningApp) {
  const facilitator = await make.user({ role: "FACILITATOR", name: "Marieke de Vries" });
  const author = await make.user({ name: "Anna Aksoy" });
  const admin = await make.user({ role: "ADMIN", name: "Bea Beheer" });
  const org = await make.organisation({ name: "SV Buitenveld" });
  const orgAdmin = await make.user({ name: "Henk Jansen" });
  await make.membership({ userId: orgAdmin.id, orgId: org.id, role: "ADMIN" });
  const earlier = await Promise.all([1, 2, 3, 4].map(() => make.user()));
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: [author.id, ...earlier.map((u) => u.id)],
    orgIds: [org.id],
  });
  const forumCase = await makeCase({ cohortId: cohort.id, authorId: author.id });
  await setEvaluationOpen({ cohortId: cohort.id, open: true });
  for (const user of earlier)
    await submitEvaluation({
      userId: user.id,
      cohortId: cohort.id,
      answers: {
        A1: { choices: ["sport"] },
        C1: { number: 6, text: "Prima" },
        E3: { text: "Goed" },
      },
    });
  const cookies = {
    facilitator: await cookieFor(facilitator.id),
    author: await cookieFor(author.id),
    admin: await cookieFor(admin.id),
    orgAdmin: await cookieFor(orgAdmin.id),
  };
  return { app, facilitator, author, admin, org, orgAdmin, cohort, forumCase, cookies };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** A new participant of the world's cohort (and, if asked, an active member of its organisation), logged in. */
export async function newMember(world: World, input: { name?: string; inOrg?: boolean } = {}) {
  const user = await make.user({ name: input.name ?? "Daan Mulder" });
  await db.cohortMember.create({
    data: { cohortId: world.cohort.id, userId: user.id, role: "PARTICIPANT" },
  });
  if (input.inOrg) await make.membership({ userId: user.id, orgId: world.org.id });
  return { user, cookie: await cookieFor(user.id) };
}

/**
 * Responses count in reports and exports only in release batches of 5
 * (decision 024): four more members submit, so whatever a case submitted is
 * in a released batch before the case looks at the export.
 */
export async function releaseWaitingResponses(world: World) {
  for (let i = 0; i < 4; i++) {
    const { user } = await newMember(world, { name: `Invuller ${i + 1}` });
    await submitEvaluation({
      userId: user.id,
      cohortId: world.cohort.id,
      answers: {
        A1: { choices: ["sport"] },
        C1: { number: 6, text: "Prima" },
        E3: { text: "Goed" },
      },
    });
  }
}

export type Fields = Record<string, string> | [string, string][];

/** One raw HTTP request; `ctx` carries ids made while arranging it, for the database check. */
export type Req = {
  method?: "GET" | "POST";
  path: string;
  /** Form fields, or an already encoded body (to send bytes that are no valid UTF-8). */
  form?: Fields | string;
  cookie?: string;
  headers?: Record<string, string>;
  ctx?: Record<string, string>;
};

type Sent = { response: Response; body: string; shown: string };

/**
 * A bad-input case: the request, the status it must get, the Dutch text the
 * user then sees (after following a redirect, with the same cookie), and a
 * check that the database holds nothing wrong.
 */
export type Case = {
  name: string;
  send: (world: World) => Req | Promise<Req>;
  status: number;
  message: string | null;
  check: (world: World, req: Req, sent: Sent) => Promise<void>;
};

/** Sends a request as a browser on this site would (same Origin unless the case overrides it). */
export async function send(app: RunningApp, req: Req): Promise<Response> {
  const method = req.method ?? (req.form === undefined ? "GET" : "POST");
  const headers: Record<string, string> = { ...(req.cookie ? { Cookie: req.cookie } : {}) };
  let body: string | undefined;
  if (method === "POST") {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    headers.Origin = app.origin;
    body = typeof req.form === "string" ? req.form : new URLSearchParams(req.form ?? {}).toString();
  }
  return fetch(`${app.url}${req.path}`, {
    method,
    redirect: "manual",
    headers: { ...headers, ...req.headers },
    body,
  });
}

/** Runs one case: status, the Dutch message on the page the user ends up on, then the database check. */
export async function runCase(world: World, testCase: Case) {
  const req = await testCase.send(world);
  const response = await send(world.app, req);
  const body = await response.text();
  let shown = body;
  const location = response.headers.get("location");
  // The browser follows a redirect on this site, with the session it was just given.
  if (location?.startsWith("/"))
    shown = await (
      await send(world.app, { path: location, cookie: sessionCookieFrom(response) ?? req.cookie })
    ).text();
  expect(response.status, body.slice(0, 500)).toBe(testCase.status);
  if (testCase.message !== null)
    expect(shown).toContain(
      /^\s*<!DOCTYPE/i.test(shown) ? asHtmlText(testCase.message) : testCase.message,
    );
  await testCase.check(world, req, { response, body, shown });
}

/** The page at `path` as this cookie's owner sees it. */
export const page = async (world: World, path: string, cookie: string) =>
  (await send(world.app, { path, cookie })).text();

/** Text as React writes it into HTML. */
const asHtmlText = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
