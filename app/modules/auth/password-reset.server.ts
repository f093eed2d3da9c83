import { db } from "~/utils/db.server";
import { sendMail } from "~/modules/mail/send-mail.server";
import { hashPassword, verifyPassword } from "./password.server";
import { hitLimits, LIMITS } from "./rate-limit.server";
import { createSession, invalidateUserSessions } from "./session.server";
import { randomToken, sha256Hex } from "./tokens.server";

const RESET_VALID_MS = 60 * 60 * 1000;

type ResetMail = (link: string) => { subject: string; text: string };

export type ResetRequestResult = { ok: true } | { ok: false; retryAfterMinutes: number };

/**
 * Mails a single-use reset link when the address is known. The answer is the
 * same either way, so the form does not reveal who has an account.
 */
export async function requestPasswordReset(input: {
  email: string;
  clientIp: string;
  origin: string;
  mail: ResetMail;
}): Promise<ResetRequestResult> {
  const limited = await hitLimits([
    [LIMITS.resetPerAccount, input.email],
    [LIMITS.resetPerIp, input.clientIp],
  ]);
  if (!limited.ok) return limited;
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true },
  });
  if (!user) return { ok: true };
  const token = randomToken(20);
  await db.passwordResetToken.create({
    data: {
      userId: user.id,
      tokenHash: sha256Hex(token),
      expiresAt: new Date(Date.now() + RESET_VALID_MS),
    },
  });
  await sendMail({
    to: user.email,
    ...input.mail(`${input.origin}/wachtwoord-herstellen/${token}`),
  });
  return { ok: true };
}

export async function isResetTokenUsable(token: string): Promise<boolean> {
  const found = await db.passwordResetToken.findUnique({
    where: { tokenHash: sha256Hex(token) },
    select: { usedAt: true, expiresAt: true },
  });
  return Boolean(found && !found.usedAt && found.expiresAt.getTime() > Date.now());
}

/**
 * Sets the new password, burns the token (a second use finds nothing), ends
 * every other session and opens a new one.
 */
export async function resetPassword(input: { token: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  const userId = await db.$transaction(async (tx) => {
    const tokenHash = sha256Hex(input.token);
    const claimed = await tx.passwordResetToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (claimed.count !== 1) return null;
    const row = await tx.passwordResetToken.findUniqueOrThrow({
      where: { tokenHash },
      select: { userId: true },
    });
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: row.userId } });
    return row.userId;
  });
  if (!userId) return { ok: false as const };
  return { ok: true as const, ...(await createSession(userId)) };
}

/** Changes the password of a logged-in person; all sessions end, a new one starts. */
export async function changePassword(input: { userId: string; current: string; password: string }) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: input.userId },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(user.passwordHash, input.current))) return { ok: false as const };
  await db.user.update({
    where: { id: input.userId },
    data: { passwordHash: await hashPassword(input.password) },
  });
  await invalidateUserSessions(input.userId);
  return { ok: true as const, ...(await createSession(input.userId)) };
}
