import { translatorFor } from "~/i18n";
import { loadedCatalogue } from "~/i18n/loaded";
import { usePageLanguage } from "./layout/page-language";

/** Translate with the language chosen in the root loader (its catalogue file is loaded before hydration). */
export function useT() {
  return translatorFor(loadedCatalogue(usePageLanguage().messagesHref));
}
