import { dateTimeFormat, languageTag } from "~/utils/intl";
/** Today's calendar date in the Netherlands, as a date at midnight UTC (how @db.Date columns are read). */
export function todayInAmsterdam(now = new Date()): Date {
  const day = dateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
  return new Date(`${day}T00:00:00.000Z`);
}

/** A moment as a Dutch calendar date: "28 november 2026". */
export function formatMoment(moment: Date, locale: "nl" | "en" = "nl"): string {
  return dateTimeFormat(languageTag(locale), {
    timeZone: "Europe/Amsterdam",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(moment);
}
