import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/guards.server";
import { aggregatesCsv, rawResponsesCsv, refusedCsvResponse } from "~/modules/evaluation/export-csv.server";
import { csvResponse } from "~/utils/csv";
import { getAdminReport } from "~/modules/evaluation/report.server";
import { ReportFilterInput } from "~/modules/evaluation/schemas.server";

/** CSV downloads of the evaluation across cohorts, with the same filter as the page. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "ADMIN");
  const url = new URL(request.url);
  const filter = ReportFilterInput.parse(Object.fromEntries(url.searchParams));
  const result = await getAdminReport({ filter: { from: filter.van, to: filter.tot, place: filter.plaats || undefined, orgId: filter.organisatie || undefined } });
  if (result.refused) return refusedCsvResponse();
  return url.searchParams.get("soort") === "antwoorden"
    ? csvResponse(rawResponsesCsv(result.cohorts, result.items), "evaluatie-alle-groepen-antwoorden.csv")
    : csvResponse(aggregatesCsv(result.report), "evaluatie-alle-groepen-overzicht.csv");
}
