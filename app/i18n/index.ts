import { nl } from "./nl";
import { createTranslate, type DeepPartialMessages, type Translate } from "./translate";

const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/**
 * Dutch is bundled for the browser. Other catalogues stay on the server and
 * travel in the root loader's data only for people who chose that language
 * (see `catalogues.server.ts`), so Dutch users do not download English.
 */
export const translateNl: Translate = createTranslate(nl);

const cache = new WeakMap<DeepPartialMessages, Translate>();

/** A translator for catalogue `messages` (Dutch when there are none). */
export function translatorFor(messages: DeepPartialMessages | null | undefined): Translate {
  if (!messages) return translateNl;
  let translate = cache.get(messages);
  if (!translate) {
    translate = createTranslate(messages);
    cache.set(messages, translate);
  }
  return translate;
}
