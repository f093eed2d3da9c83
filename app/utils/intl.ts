import type { Locale } from "~/i18n";

// Creating an Intl formatter costs far more than using one (it showed up as
// the top cost of rendering a forum thread), so formatters are kept per
// locale and options.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.DateTimeFormat`. */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** A cached `Intl.NumberFormat`. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** The BCP 47 tag our dates and numbers are written in, for a UI language. */
export const languageTag = (locale: Locale) => (locale === "en" ? "en-GB" : "nl-NL");

/** The one way a calendar date (a @db.Date, read as midnight UTC) is written out: "28 november 2026". */
export function formatDay(day: Date, locale: Locale = "nl"): string {
  return dateTimeFormat(languageTag(locale), {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(day);
}
