import { useRouteLoaderData } from "@remix-run/react";
import { translatorFor } from "~/i18n";
import { loadedCatalogue } from "~/i18n/loaded";

/** Translate with the language chosen in the root loader (its catalogue file is loaded before hydration). */
export function useT() {
  const data = useRouteLoaderData<{ messagesHref: string | null }>("root");
  return translatorFor(loadedCatalogue(data?.messagesHref));
}
