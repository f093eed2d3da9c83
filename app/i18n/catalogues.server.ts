import { catalogues } from "./catalogue-files.server";
import type { Locale } from "./index";
import { translatorFor } from "./index";
import type { Translate } from "./translate";

/** The translate function for `locale` (its catalogue is complete: Dutch where English has no text). */
export function translator(locale: Locale): Translate {
  return translatorFor(catalogues[locale]);
}

/** Dutch, for server code and tests that speak only Dutch. */
export const translateNl: Translate = translator("nl");
