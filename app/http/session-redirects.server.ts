import { redirect } from "@remix-run/node";
import { clearSessionCookie, commitSessionCookie } from "~/modules/auth/session.server";

/** A redirect that logs the browser in with a new session. */
export async function redirectWithSession(to: string, session: { token: string; expiresAt: Date }) {
  return redirect(to, {
    headers: { "Set-Cookie": await commitSessionCookie(session.token, session.expiresAt) },
  });
}

/** A redirect that logs the browser out. */
export async function redirectLoggedOut(to: string) {
  return redirect(to, { headers: { "Set-Cookie": await clearSessionCookie() } });
}
