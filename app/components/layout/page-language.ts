import { useRouteLoaderData } from "@remix-run/react";
import { createContext, useContext } from "react";
import type { Locale } from "~/i18n";

export type PageLanguage = { locale: Locale; messagesHref: string | null };

/**
 * The reader's language when the root loader has not run: after an action
 * throws, Remix renders the root error boundary without any loader data.
 * The server provides it from the language cookie (entry.server.tsx) and marks
 * the page's <html> with it; the browser reads it back from there before
 * hydrating (entry.client.tsx), so both render the same error page.
 */
export const PageLanguageContext = createContext<PageLanguage | null>(null);

/** The language of the page: the root loader's choice, else the fallback above, else Dutch. */
export function usePageLanguage(): PageLanguage {
  const data = useRouteLoaderData<PageLanguage>("root");
  const fallback = useContext(PageLanguageContext);
  return data ?? fallback ?? { locale: "nl", messagesHref: null };
}
