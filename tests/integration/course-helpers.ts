import { createSession, sessionCookie } from "~/modules/auth/session.server";

type Handler = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => Promise<Response>;

/** Calls a route loader or action as the given user, the way a browser (or an attacker with their own cookie) would. */
export async function asUser(userId: string | null, handler: unknown, { path, params, form }: { path: string; params: Record<string, string>; form?: Record<string, string> }) {
  const headers = new Headers({ Origin: "http://localhost:3000" });
  if (userId) {
    const { token } = await createSession(userId);
    headers.set("Cookie", await sessionCookie.serialize(token));
  }
  const init: RequestInit = { headers, method: form ? "POST" : "GET" };
  if (form) init.body = new URLSearchParams(form);
  const request = new Request(`http://localhost:3000${path}`, init);
  try {
    return await (handler as Handler)({ request, params, context: {} });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}
