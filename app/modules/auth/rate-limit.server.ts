import { db } from "~/utils/db.server";

export type Limit = { name: string; max: number; windowMinutes: number };

export const LIMITS = {
  loginPerAccount: { name: "login:account", max: 10, windowMinutes: 15 },
  loginPerIp: { name: "login:ip", max: 100, windowMinutes: 15 },
  signupPerIp: { name: "signup:ip", max: 30, windowMinutes: 60 },
  resetPerAccount: { name: "reset:account", max: 5, windowMinutes: 60 },
  resetPerIp: { name: "reset:ip", max: 30, windowMinutes: 60 },
  verifyPerIp: { name: "verify:ip", max: 120, windowMinutes: 5 },
} satisfies Record<string, Limit>;

export type LimitResult = { ok: true } | { ok: false; retryAfterMinutes: number };

/**
 * Counts one attempt in a fixed window stored in PostgreSQL, so that every
 * app server shares the same count. One statement: no race between servers.
 */
export async function hitLimit(limit: Limit, subject: string): Promise<LimitResult> {
  const key = `${limit.name}:${subject.toLowerCase()}`;
  const windowMs = limit.windowMinutes * 60_000;
  const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimit" ("key", "count", "windowStart") VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= now() - make_interval(secs => ${windowMs / 1000}) THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= now() - make_interval(secs => ${windowMs / 1000}) THEN now() ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0];
  if (!row || row.count <= limit.max) return { ok: true };
  const retryAfterMs = row.windowStart.getTime() + windowMs - Date.now();
  return { ok: false, retryAfterMinutes: Math.max(1, Math.ceil(retryAfterMs / 60_000)) };
}

/** Checks several limits; the first one that is exceeded wins. */
export async function hitLimits(checks: [Limit, string][]): Promise<LimitResult> {
  for (const [limit, subject] of checks) {
    const result = await hitLimit(limit, subject);
    if (!result.ok) return result;
  }
  return { ok: true };
}
