import { en } from "./en";
import type { Locale } from "./index";
import { translatorFor } from "./index";
import type { DeepPartialMessages, Translate } from "./translate";

const catalogues: Record<Locale, DeepPartialMessages | null> = { nl: null, en };

/** The catalogue the browser needs for `locale`; null for Dutch, which is bundled. */
export function clientMessages(locale: Locale): DeepPartialMessages | null {
  return catalogues[locale];
}

/** The translate function for `locale`, with Dutch as the fallback. */
export function translator(locale: Locale): Translate {
  return translatorFor(catalogues[locale]);
}
