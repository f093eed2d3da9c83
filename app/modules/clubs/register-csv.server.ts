import { keyFromData } from "~/i18n/translate";
import type { Translate } from "~/i18n/translate";
import { toCsv } from "~/utils/csv";
import type { RegisterRow } from "./register.server";

/** The register as CSV; every cell passes the formula guard (= + - @ at the start are neutralised). */
export function registerCsv(rows: RegisterRow[], t: Translate): string {
  return toCsv([
    [
      t("clubs.csv.name"),
      t("clubs.csv.domain"),
      t("clubs.csv.course"),
      t("clubs.csv.certificateCode"),
      t("clubs.csv.completedOn"),
      t("clubs.csv.types"),
      t("clubs.csv.trainedConfirmedOn"),
      t("clubs.csv.vogSeenOn"),
      t("clubs.csv.vogSeenBy"),
      t("clubs.csv.vogRenewBy"),
    ],
    ...rows.map((row) => [
      row.name,
      row.domain ? t(`common.domain.${row.domain}`) : "",
      t(`clubs.course.${row.courseStatus}`),
      row.certificate?.code ?? "",
      row.certificate?.completedOn ?? null,
      row.volunteerTypes.map((type) => t(keyFromData(`clubs.types.${type}`))).join("; "),
      row.trainedConfirmedAt,
      row.vogSeenOn,
      row.vogSeenBy ?? "",
      row.vog.renewBy,
    ]),
  ]);
}
