import { db } from "~/utils/db.server";
import { burnPasswordCheck, verifyPassword } from "./password.server";
import { hitLimits, LIMITS } from "./rate-limit.server";
import { createSession } from "./session.server";

export type LoginResult =
  | { ok: true; token: string; expiresAt: Date; userId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate-limited"; retryAfterMinutes: number };

/** Checks the password and opens a brand-new session. */
export async function login(input: {
  email: string;
  password: string;
  clientIp: string;
}): Promise<LoginResult> {
  const limited = await hitLimits([
    [LIMITS.loginPerAccount, input.email],
    [LIMITS.loginPerIp, input.clientIp],
  ]);
  if (!limited.ok)
    return { ok: false, reason: "rate-limited", retryAfterMinutes: limited.retryAfterMinutes };
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, passwordHash: true },
  });
  if (!user) {
    await burnPasswordCheck(input.password);
    return { ok: false, reason: "invalid" };
  }
  if (!(await verifyPassword(user.passwordHash, input.password)))
    return { ok: false, reason: "invalid" };
  const session = await createSession(user.id);
  return { ok: true, ...session, userId: user.id };
}
