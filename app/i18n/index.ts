import { en } from "./en";
import { nl } from "./nl";
import { createTranslate, type Translate } from "./translate";

export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];

const translators: Record<Locale, Translate> = { nl: createTranslate(nl), en: createTranslate(en) };

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

export function translator(locale: Locale): Translate {
  return translators[locale];
}
