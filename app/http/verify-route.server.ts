import { json, type AppLoadContext } from "@remix-run/node";
import { getLocale } from "~/i18n/locale.server";
import { hitLimit, LIMITS } from "~/modules/auth/rate-limit.server";
import { formatMoment } from "~/utils/dates";
import { formatHours, studyHours } from "~/modules/certificates/study-load";
import { verifyCertificate } from "~/modules/certificates/verify-certificate.server";
import { formatDay } from "~/utils/intl";

const HEADERS = {
  "Cache-Control": "no-store",
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex",
};

/**
 * The public verification answer for a typed or scanned code. The code is
 * never echoed back, so the page for one wrong code equals that for any other.
 */
export async function verifyLoader({
  request,
  context,
  code,
}: {
  request: Request;
  context: AppLoadContext;
  code: string | null;
}) {
  if (code === null) return json({ result: null, rateLimitedMinutes: null }, { headers: HEADERS });
  const limit = await hitLimit(LIMITS.verifyPerIp, context.clientIp ?? "unknown");
  if (!limit.ok)
    return json(
      { result: null, rateLimitedMinutes: limit.retryAfterMinutes },
      { status: 429, headers: { ...HEADERS, "Retry-After": String(limit.retryAfterMinutes * 60) } },
    );
  const [found, locale] = await Promise.all([verifyCertificate({ code }), getLocale(request)]);
  if (found.state === "unknown")
    return json(
      {
        result: { state: "unknown" as const, facts: null, revokedOn: null },
        rateLimitedMinutes: null,
      },
      { status: 404, headers: HEADERS },
    );
  return json(
    {
      result: {
        state: found.state,
        facts: {
          name: found.name,
          courseTitle: found.courseTitle,
          completedOn: formatDay(found.completedOn, locale),
          hours: formatHours(studyHours(found.studyMinutes), locale),
          organisations: found.organisations,
        },
        revokedOn: found.revokedAt ? formatMoment(found.revokedAt, locale) : null,
      },
      rateLimitedMinutes: null,
    },
    { headers: HEADERS },
  );
}
