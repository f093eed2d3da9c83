import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireCohortStaff } from "~/modules/cohorts/access.server";
import { aggregatesCsv, rawResponsesCsv } from "~/modules/evaluation/export-csv.server";
import { csvResponse } from "~/utils/csv";
import { getCohortReport } from "~/modules/evaluation/report.server";

/** CSV downloads of a cohort's evaluation: a read, so a GET. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortStaff(request, params.cohortId);
  const raw = new URL(request.url).searchParams.get("soort") === "antwoorden";
  const { report, items, cohorts } = await getCohortReport({ cohortId: access.cohortId });
  return raw
    ? csvResponse(rawResponsesCsv(cohorts, items), "evaluatie-antwoorden.csv")
    : csvResponse(aggregatesCsv(report), "evaluatie-overzicht.csv");
}
