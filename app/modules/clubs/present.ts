import { formatCode } from "~/modules/certificates/code";
import { formatMoment } from "~/utils/dates";
import type { RegisterRow } from "./register.server";
import { formatDay } from "~/utils/intl";

/** Register rows as display strings (dates formatted on the server, so server and browser agree). */
export function presentRegister(rows: RegisterRow[], locale: "nl" | "en") {
  return rows.map((row) => ({
    userId: row.userId,
    name: row.name,
    domain: row.domain,
    isAdmin: row.isAdmin,
    courseStatus: row.courseStatus,
    certificate: row.certificate
      ? { code: row.certificate.code, codeLabel: formatCode(row.certificate.code) }
      : null,
    volunteerTypes: row.volunteerTypes,
    trained: row.trainedConfirmedAt
      ? { date: formatMoment(row.trainedConfirmedAt, locale), admin: row.trainedConfirmedBy ?? "—" }
      : null,
    vog: {
      state: row.vog.state,
      seenOn: row.vogSeenOn ? formatDay(row.vogSeenOn, locale) : null,
      seenOnIso: row.vogSeenOn ? row.vogSeenOn.toISOString().slice(0, 10) : "",
      seenBy: row.vogSeenBy ?? "—",
      renewBy: row.vog.renewBy ? formatDay(row.vog.renewBy, locale) : null,
    },
  }));
}
