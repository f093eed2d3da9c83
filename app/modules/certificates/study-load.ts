import { numberFormat, languageTag } from "~/utils/intl";
const EVENING_FALLBACK_MINUTES = 120;

/** An attended evening counts for its planned length (two hours when the times make no sense). */
export function eveningMinutes({ startsAt, endsAt }: { startsAt: Date; endsAt: Date }): number {
  const minutes = Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000);
  return minutes > 0 && minutes <= 12 * 60 ? minutes : EVENING_FALLBACK_MINUTES;
}

/** Study load in hours, rounded to the nearest half hour (as certificates usually state it). */
export function studyHours(minutes: number): number {
  return Math.round(minutes / 30) / 2;
}

/** "12,5" for Dutch, "12.5" for English. */
export function formatHours(hours: number, locale: "nl" | "en" = "nl"): string {
  return numberFormat(languageTag(locale), { maximumFractionDigits: 1 }).format(hours);
}
