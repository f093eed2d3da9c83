import { redirect } from "@remix-run/node";
import { db } from "~/utils/db.server";
import {
  readSessionToken,
  validateSessionToken,
  type SessionUser,
  type ValidSession,
} from "./session.server";
import { safeRedirect } from "./safe-redirect";
import { requireId } from "~/utils/ids";
import { refusal } from "~/utils/refusal";

const perRequest = new WeakMap<Request, Promise<ValidSession | null>>();
const inFlight = new Map<string, Promise<ValidSession | null>>();

/**
 * The session of this request. Remix hands the root and the route loader
 * different Request objects, so besides a per-Request cache, lookups of the
 * same token that are in flight at the same moment share one query. Nothing
 * is kept once the query has answered: a revoked session is refused at once.
 */
export function getSession(request: Request): Promise<ValidSession | null> {
  let pending = perRequest.get(request);
  if (!pending) {
    pending = readSessionToken(request).then((token) => (token ? lookupOnce(token) : null));
    perRequest.set(request, pending);
  }
  // Callers share the lookup, not its failure: a thrown Response (503 while the
  // database is away) is read by whoever catches it, so each caller gets a copy.
  return pending.catch((error: unknown) => {
    throw error instanceof Response ? error.clone() : error;
  });
}

function lookupOnce(token: string): Promise<ValidSession | null> {
  let pending = inFlight.get(token);
  if (!pending) {
    pending = validateSessionToken(token).finally(() => inFlight.delete(token));
    inFlight.set(token, pending);
  }
  return pending;
}

export async function getUser(request: Request): Promise<SessionUser | null> {
  return (await getSession(request))?.user ?? null;
}

/** The logged-in person, or a redirect to the login page that brings them back. */
export async function requireUser(request: Request): Promise<SessionUser> {
  return (await requireSession(request)).user;
}

/** The session of the logged-in person (with their cohorts), or the same redirect as requireUser. */
export async function requireSession(request: Request): Promise<ValidSession> {
  const session = await getSession(request);
  if (session) return session;
  const url = new URL(request.url);
  const back = safeRedirect(url.pathname + url.search, "/");
  throw redirect(`/inloggen?redirectTo=${encodeURIComponent(back)}`);
}

export async function requireAnonymous(request: Request): Promise<void> {
  if (await getUser(request)) throw redirect("/");
}

export function forbidden(): never {
  throw refusal(403);
}

export function notFound(): never {
  throw refusal(404);
}

const RANK = { PARTICIPANT: 0, FACILITATOR: 1, ADMIN: 2 } as const;

/** A person with at least this platform role (an admin may do what a facilitator may). */
export async function requireRole(request: Request, role: keyof typeof RANK): Promise<SessionUser> {
  const user = await requireUser(request);
  if (RANK[user.role] < RANK[role]) forbidden();
  return user;
}

/** An active admin of this organisation (or a platform admin). */
export async function requireOrgAdmin(request: Request, orgId: string): Promise<SessionUser> {
  const user = await requireUser(request);
  requireId(orgId);
  if (user.role === "ADMIN") {
    if (!(await db.organisation.count({ where: { id: orgId } }))) notFound();
    return user;
  }
  const membership = await db.orgMembership.findFirst({
    where: { orgId, userId: user.id, role: "ADMIN", status: "ACTIVE" },
    select: { orgId: true },
  });
  if (!membership) forbidden();
  return user;
}

/** A request no form of ours sends (a tampered or unknown field): the one 400 answer. */
export function badRequest(): never {
  throw new Response("Bad Request", { status: 400, statusText: "Bad Request" });
}
