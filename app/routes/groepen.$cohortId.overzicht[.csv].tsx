import type { LoaderFunctionArgs } from "@remix-run/node";
import { getT } from "~/i18n/locale.server";
import { notFound } from "~/modules/auth/guards.server";
import { requireCohortStaff } from "~/modules/cohorts/access.server";
import { getDashboard } from "~/modules/cohorts/dashboard.server";
import { DashboardSort } from "~/modules/cohorts/schemas.server";
import { csvResponse, toCsv } from "~/utils/csv";

/** The facilitator's overview as a spreadsheet: a read, so a GET. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortStaff(request, params.cohortId);
  const sort = DashboardSort.parse(new URL(request.url).searchParams.get("sort") ?? undefined);
  const [dashboard, t] = await Promise.all([
    getDashboard({ cohortId: access.cohortId, sort, extras: false }),
    getT(request),
  ]);
  if (!dashboard) notFound();
  const header = [
    t("cohorts.dashboard.colName"),
    t("cohorts.dashboard.colDomain"),
    ...dashboard.modules.map((module, index) =>
      t("cohorts.dashboard.csvModule", { number: index + 1, title: module.title }),
    ),
    t("cohorts.dashboard.csvPercent"),
    t("cohorts.dashboard.colAttended"),
    t("cohorts.dashboard.colEvaluation"),
    t("cohorts.dashboard.colCertificate"),
  ];
  const rows = dashboard.rows.map((row) => [
    row.name,
    t(`common.domain.${row.domain ?? "ANDERS"}`),
    ...dashboard.modules.map(
      (module) => `${row.done[module.moduleKey] ?? 0}/${module.lessonCount}`,
    ),
    row.percent,
    row.attended,
    row.evaluationSubmitted ? t("cohorts.dashboard.yes") : t("cohorts.dashboard.no"),
    t(`cohorts.dashboard.certificate.${row.certificate}`),
  ]);
  return csvResponse(
    toCsv([header, ...rows]),
    `${t("cohorts.dashboard.csvFile")}-${access.cohortId}.csv`,
  );
}
