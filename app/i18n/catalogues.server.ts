import { en } from "./en";
import type { Locale } from "./index";
import { translatorFor } from "./index";
import type { DeepPartialMessages, Translate } from "./translate";

const catalogues: Record<Locale, DeepPartialMessages | null> = { nl: null, en };

/** The translate function for `locale`, with Dutch as the fallback. */
export function translator(locale: Locale): Translate {
  return translatorFor(catalogues[locale]);
}
