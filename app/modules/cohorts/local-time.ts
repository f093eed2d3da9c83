import { dateTimeFormat, languageTag } from "~/utils/intl";
// Evenings are planned in Dutch local time and stored in UTC.
const ZONE = "Europe/Amsterdam";

function zoneOffsetMs(utcMs: number): number {
  const parts = dateTimeFormat("en-US", {
    timeZone: ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return (
    Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) -
    utcMs
  );
}

/** "2026-10-01" + "19:30" in Amsterdam time, as a Date (UTC). */
export function amsterdamToUtc(date: string, time: string): Date {
  const [year, month, day] = date.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let utc = wall - zoneOffsetMs(wall);
  // Near a DST switch the first guess can be an hour off; one correction settles it.
  utc = wall - zoneOffsetMs(utc);
  return new Date(utc);
}

/** Date and time strings for display, formatted on the server so server and browser agree. */
export function formatEvening(startsAt: Date, endsAt: Date, locale: "nl" | "en") {
  const tag = languageTag(locale);
  const date = dateTimeFormat(tag, {
    timeZone: ZONE,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(startsAt);
  const time = (value: Date) =>
    dateTimeFormat(tag, {
      timeZone: ZONE,
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(value);
  return { date, from: time(startsAt), until: time(endsAt) };
}
