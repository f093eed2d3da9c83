import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireCohortStaff } from "~/modules/cohorts/access.server";
import { aggregatesCsv, rawResponsesCsvStream } from "~/modules/evaluation/export-csv.server";
import { csvResponse } from "~/utils/csv";
import { getCohortReport, getCohortRowSource } from "~/modules/evaluation/report.server";

/** CSV downloads of a cohort's evaluation: a read, so a GET. The per-respondent file is streamed. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortStaff(request, params.cohortId);
  if (new URL(request.url).searchParams.get("soort") === "antwoorden") {
    return rawResponsesCsvStream(
      await getCohortRowSource({ cohortId: access.cohortId }),
      "evaluatie-antwoorden.csv",
    );
  }
  const { report } = await getCohortReport({ cohortId: access.cohortId });
  return csvResponse(aggregatesCsv(report), "evaluatie-overzicht.csv");
}
