import { catalogueHref } from "~/i18n/catalogue-files.server";
import { getLocale } from "~/i18n/locale.server";
import { getSession } from "~/modules/auth/guards.server";
import { env } from "~/utils/env.server";

/**
 * What every page's shell needs: the language, the address of its catalogue
 * file and who is logged in. The root route imports only this server module:
 * the browser build replaces each server module a route imports with an empty
 * stand-in, and one that only the root imports travels inside the root's own
 * script instead of as a request of its own (decision 036).
 */
export async function loadRootData(request: Request) {
  const [session, locale] = await Promise.all([getSession(request), getLocale(request)]);
  const user = session?.user;
  // The header links a club administrator to the club's page (the register lives there); read with the session.
  const adminOf = session?.adminOf ?? [];
  return {
    locale,
    // The address of the catalogue file, not the catalogue: the browser caches the file for good (issue 20).
    messagesHref: catalogueHref(locale),
    user: user
      ? {
          name: user.name,
          role: user.role,
          adminOf: adminOf.map((org) => ({ id: org.id, isClub: org.type === "SPORTVERENIGING" })),
        }
      : null,
    showOutbox: env().NODE_ENV !== "production",
  };
}
