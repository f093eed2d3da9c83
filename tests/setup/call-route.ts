import { createSession, sessionCookie } from "~/modules/auth/session.server";

type Handler = (args: {
  request: Request;
  params: Record<string, string>;
  context: { clientIp: string };
}) => Promise<Response>;
type Call = {
  path: string;
  params: Record<string, string>;
  form?: [string, string][] | Record<string, string>;
};

/** The Cookie header of a logged-in browser for this user, without the login form (and its rate limit). */
export async function sessionCookieFor(userId: string): Promise<string> {
  const { token } = await createSession(userId);
  return (await sessionCookie.serialize(token)).split(";")[0];
}

/**
 * Calls a route loader or action the way a browser (or an attacker with their
 * own cookie) would: same-site Origin, a real session cookie or none. Thrown
 * responses (403, 404, redirects) are returned.
 */
export async function callRoute(
  userId: string | null,
  handler: unknown,
  { path, params, form }: Call,
): Promise<Response> {
  const headers = new Headers({ Origin: "http://localhost:3000" });
  if (userId) headers.set("Cookie", await sessionCookieFor(userId));
  const init: RequestInit = { headers, method: form ? "POST" : "GET" };
  if (form) init.body = new URLSearchParams(form);
  try {
    return await (handler as Handler)({
      request: new Request(`http://localhost:3000${path}`, init),
      params,
      context: { clientIp: "127.0.0.1" },
    });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}
