import { formatCode } from "./code";
import { formatMoment } from "~/utils/dates";
import { formatHours, studyHours } from "./study-load";
import { formatDay } from "~/utils/intl";

type Presentable = {
  nameOnCertificate: string;
  courseTitle: string;
  cohortName?: string;
  completedOn: Date;
  studyMinutes: number;
  organisations: string[];
  code: string;
  revokedAt: Date | null;
  revokedReason?: string | null;
};

/** A certificate as display strings for the screens (dates and hours formatted on the server). */
export function presentCertificate(certificate: Presentable, locale: "nl" | "en") {
  return {
    name: certificate.nameOnCertificate,
    courseTitle: certificate.courseTitle,
    cohortName: certificate.cohortName,
    completedOn: formatDay(certificate.completedOn, locale),
    hours: formatHours(studyHours(certificate.studyMinutes), locale),
    organisations: certificate.organisations,
    code: formatCode(certificate.code),
    codeRaw: certificate.code,
    revokedOn: certificate.revokedAt ? formatMoment(certificate.revokedAt, locale) : null,
    revokedReason: certificate.revokedReason ?? null,
  };
}
