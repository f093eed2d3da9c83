import { createTranslate, type DeepPartialMessages, type Translate } from "./translate";

const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

const cache = new WeakMap<DeepPartialMessages, Translate>();
const NONE: DeepPartialMessages = {};

/**
 * A translator for catalogue `messages`. No catalogue is bundled for the
 * browser (issue 20): pages get theirs from loaded.ts, which the server fills
 * from memory and the browser from the catalogue file before hydrating.
 */
export function translatorFor(messages: DeepPartialMessages | null | undefined): Translate {
  const catalogue = messages ?? NONE;
  let translate = cache.get(catalogue);
  if (!translate) {
    translate = createTranslate(catalogue);
    cache.set(catalogue, translate);
  }
  return translate;
}
