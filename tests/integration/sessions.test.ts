import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { login } from "~/modules/auth/login.server";
import {
  createSession,
  invalidateSession,
  validateSessionToken,
} from "~/modules/auth/session.server";
import { changePassword } from "~/modules/auth/password-reset.server";
import { factories } from "../factories";

const make = factories(db);

describe("sessions (Lucia's design)", () => {
  it("stores only the SHA-256 of the secret, never the token", async () => {
    const user = await make.user();
    const { token } = await createSession(user.id);
    const [id, secret] = token.split(".");
    const row = await db.session.findUniqueOrThrow({ where: { id } });
    expect(Buffer.from(row.secretHash).toString("hex")).not.toContain(
      Buffer.from(secret).toString("hex"),
    );
    expect(row.secretHash.byteLength).toBe(32);
    // 120-bit id and 160-bit secret, base32: 24 and 32 characters.
    expect(id).toHaveLength(24);
    expect(secret).toHaveLength(32);
    expect(await validateSessionToken(token)).toMatchObject({ user: { id: user.id } });
  });

  it("refuses a forged secret for an existing session id", async () => {
    const user = await make.user();
    const { token } = await createSession(user.id);
    const [id] = token.split(".");
    expect(await validateSessionToken(`${id}.${"a".repeat(32)}`)).toBeNull();
  });

  it("refuses a revoked session", async () => {
    const user = await make.user();
    const { token } = await createSession(user.id);
    await invalidateSession(token.split(".")[0]);
    expect(await validateSessionToken(token)).toBeNull();
  });

  it("refuses a session past its absolute expiry, and one idle for 14 days", async () => {
    const user = await make.user();
    const expired = await createSession(user.id);
    await db.session.update({
      where: { id: expired.token.split(".")[0] },
      data: { absoluteExpiresAt: new Date(Date.now() - 1000) },
    });
    expect(await validateSessionToken(expired.token)).toBeNull();

    const idle = await createSession(user.id);
    await db.session.update({
      where: { id: idle.token.split(".")[0] },
      data: { lastVerifiedAt: new Date(Date.now() - 15 * 24 * 3600 * 1000) },
    });
    expect(await validateSessionToken(idle.token)).toBeNull();
  });

  it("renews an active session (sliding idle expiry)", async () => {
    const user = await make.user();
    const { token } = await createSession(user.id);
    const id = token.split(".")[0];
    const twoHoursAgo = new Date(Date.now() - 2 * 3600 * 1000);
    await db.session.update({ where: { id }, data: { lastVerifiedAt: twoHoursAgo } });
    expect(await validateSessionToken(token)).not.toBeNull();
    const row = await db.session.findUniqueOrThrow({ where: { id } });
    expect(row.lastVerifiedAt.getTime()).toBeGreaterThan(twoHoursAgo.getTime() + 3600 * 1000);
  });

  it("ends every session when the password changes", async () => {
    const user = await make.user({ password: "oud wachtwoord 1" });
    const first = await createSession(user.id);
    const second = await createSession(user.id);
    const result = await changePassword({
      userId: user.id,
      current: "oud wachtwoord 1",
      password: "nieuw wachtwoord 2",
    });
    expect(result.ok).toBe(true);
    expect(await validateSessionToken(first.token)).toBeNull();
    expect(await validateSessionToken(second.token)).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("stores passwords as argon2id hashes with OWASP's parameters", async () => {
    const user = await make.user({ password: "een goed wachtwoord" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain("een goed wachtwoord");
  });

  it("opens a new session at login, whatever session existed before", async () => {
    const user = await make.user({ password: "wachtwoord-123" });
    const before = await createSession(user.id);
    const result = await login({
      email: user.email,
      password: "wachtwoord-123",
      clientIp: "203.0.113.7",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.token).not.toBe(before.token);
    expect(result.token.split(".")[0]).not.toBe(before.token.split(".")[0]);
  });
});
