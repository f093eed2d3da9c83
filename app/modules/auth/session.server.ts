import { createCookie } from "@remix-run/node";
import { db } from "~/utils/db.server";
import { isProduction } from "~/utils/env.server";
import { randomToken, sameBytes, sha256Bytes } from "./tokens.server";

// Lucia's session design (docs/decisions/003-sessions.md): the cookie holds
// `<id>.<secret>`; the database only keeps SHA-256(secret).
export const IDLE_TIMEOUT_MS = 14 * 24 * 60 * 60 * 1000;
const ABSOLUTE_TIMEOUT_MS = 60 * 24 * 60 * 60 * 1000;
// Renewing at most once an hour keeps a page view at one session query.
const RENEW_AFTER_MS = 60 * 60 * 1000;

export const sessionCookie = createCookie(isProduction() ? "__Host-bdl_session" : "bdl_session", {
  httpOnly: true,
  sameSite: "lax",
  secure: isProduction(),
  path: "/",
});

export type SessionUser = {
  id: string;
  name: string;
  email: string;
  role: "PARTICIPANT" | "FACILITATOR" | "ADMIN";
  domain: "SPORT" | "ZORG" | "WELZIJN" | "ANDERS" | null;
};

/** A cohort this person is in now (not removed), with their role and whether it is archived. */
type SessionCohort = {
  id: string;
  role: "PARTICIPANT" | "FACILITATOR" | "CO_FACILITATOR";
  archived: boolean;
};

/**
 * adminOf: the organisations this person administers (the header links a club
 * administrator to the club's page). cohorts: the cohorts they are in, which
 * every cohort page's guard asks. Both are read in the session's own query, so
 * that no page pays a second round trip for its header or its guard.
 */
export type ValidSession = {
  sessionId: string;
  user: SessionUser;
  adminOf: { id: string; type: string }[];
  cohorts: SessionCohort[];
};

type SessionRow = {
  id: string;
  secretHash: Uint8Array;
  lastVerifiedAt: Date;
  absoluteExpiresAt: Date;
  userId: string;
  name: string;
  email: string;
  role: SessionUser["role"];
  domain: SessionUser["domain"];
  adminOf: { id: string; type: string }[];
  cohorts: SessionCohort[];
};

/** Creates a new session (a fresh id at every login, so a planted cookie is worthless). */
export async function createSession(userId: string): Promise<{ token: string; expiresAt: Date }> {
  const id = randomToken(15); // 120 bits
  const secret = randomToken(20); // 160 bits
  const expiresAt = new Date(Date.now() + ABSOLUTE_TIMEOUT_MS);
  await db.session.create({
    data: {
      id,
      userId,
      secretHash: new Uint8Array(sha256Bytes(secret)),
      absoluteExpiresAt: expiresAt,
    },
  });
  return { token: `${id}.${secret}`, expiresAt };
}

/** Returns the session for a cookie token, or null when it is unknown, forged, idle or expired. */
export async function validateSessionToken(token: string): Promise<ValidSession | null> {
  const [id, secret, extra] = token.split(".");
  if (!id || !secret || extra !== undefined || id.length > 40 || secret.length > 64) return null;
  // Every page runs this: a database function (migration 20261210010000, decision 038) whose
  // plan PostgreSQL prepares once per connection; the same join as a plain statement was planned each time.
  const rows = await db.$queryRaw<SessionRow[]>`SELECT * FROM session_lookup(${id})`;
  const row = rows[0];
  const session = row && {
    ...row,
    user: { id: row.userId, name: row.name, email: row.email, role: row.role, domain: row.domain },
  };
  if (!session || !sameBytes(new Uint8Array(session.secretHash), sha256Bytes(secret))) return null;
  const now = Date.now();
  if (
    now >= session.absoluteExpiresAt.getTime() ||
    now - session.lastVerifiedAt.getTime() >= IDLE_TIMEOUT_MS
  ) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (now - session.lastVerifiedAt.getTime() >= RENEW_AFTER_MS) {
    await db.session.update({ where: { id }, data: { lastVerifiedAt: new Date(now) } });
  }
  return {
    sessionId: session.id,
    user: session.user,
    adminOf: session.adminOf,
    cohorts: session.cohorts,
  };
}

export async function invalidateSession(sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/** Logs a person out everywhere (also used on password change). */
export async function invalidateUserSessions(userId: string): Promise<void> {
  await db.session.deleteMany({ where: { userId } });
}

export async function readSessionToken(request: Request): Promise<string | null> {
  const value = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

export function commitSessionCookie(token: string, expiresAt: Date): Promise<string> {
  return sessionCookie.serialize(token, { expires: expiresAt });
}

export function clearSessionCookie(): Promise<string> {
  return sessionCookie.serialize("", { maxAge: 0 });
}
