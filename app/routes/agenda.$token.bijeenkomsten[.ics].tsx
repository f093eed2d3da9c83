import type { LoaderFunctionArgs } from "@remix-run/node";
import { isLocale } from "~/i18n";
import { translator } from "~/i18n/catalogues.server";
import { getLocale } from "~/i18n/locale.server";
import { notFound } from "~/modules/auth/guards.server";
import { feedCalendar, isFeedToken } from "~/modules/cohorts/calendar-feed.server";
import { appOrigin } from "~/utils/origin.server";

/** A person's subscribable calendar feed: the secret token in the URL is the only key (calendar apps send no cookies). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  if (!isFeedToken(params.token)) notFound();
  const locale = await getLocale(request);
  const ics = await feedCalendar({
    token: params.token,
    origin: appOrigin(request),
    calendarName: translator(isLocale(locale) ? locale : "nl")("season.feed.calendarName"),
  });
  if (ics === null) notFound();
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
      "Referrer-Policy": "no-referrer",
    },
  });
}
