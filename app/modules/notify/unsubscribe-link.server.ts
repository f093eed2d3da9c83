import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { env } from "~/utils/env.server";
import { isMailKind, type MailKind } from "./kinds";

// The key that signs unsubscribe links. It must be the same on every app
// server: derived from the secret part of CREDENTIAL_SIGNING_KEY (required in
// production) or MAIL_LINK_SECRET; development and tests use a fixed key.
function linkKey(): Buffer {
  const configured = process.env.MAIL_LINK_SECRET ?? env().CREDENTIAL_SIGNING_KEY;
  const seed = configured ?? "buiten-de-lijnen development unsubscribe key";
  return createHash("sha256").update(`unsubscribe-link:v1:${seed}`).digest();
}

function signature(userId: string, kind: MailKind): string {
  return createHmac("sha256", linkKey()).update(`${userId}:${kind}`).digest("base64url");
}

/** A token for "stop mails of `kind` to `userId`": readable ids plus an HMAC over both. */
export function unsubscribeToken(userId: string, kind: MailKind): string {
  return `${userId}.${kind}.${signature(userId, kind)}`;
}

/** The person and kind a token stands for, or null when it was forged or altered. */
export function readUnsubscribeToken(token: string): { userId: string; kind: MailKind } | null {
  const [userId, kind, given, extra] = token.split(".");
  if (
    !userId ||
    !isMailKind(kind) ||
    !given ||
    extra !== undefined ||
    !/^[a-z0-9]{1,40}$/.test(userId)
  )
    return null;
  const expected = Buffer.from(signature(userId, kind));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  return { userId, kind };
}
