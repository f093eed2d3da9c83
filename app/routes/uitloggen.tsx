import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getSession } from "~/modules/auth/guards.server";
import { invalidateSession } from "~/modules/auth/session.server";
import { redirectLoggedOut } from "~/http/session-redirects.server";

// Logging out changes state, so it is a POST; a GET only goes home.
export const loader = () => redirect("/");

export async function action({ request }: ActionFunctionArgs) {
  const session = await getSession(request);
  if (session) await invalidateSession(session.sessionId);
  return redirectLoggedOut("/inloggen?uitgelogd=1");
}
