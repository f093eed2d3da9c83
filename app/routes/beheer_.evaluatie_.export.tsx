import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/guards.server";
import {
  aggregatesCsv,
  rawResponsesCsvStream,
  refusedCsvResponse,
} from "~/modules/evaluation/export-csv.server";
import { csvResponse } from "~/utils/csv";
import { getAdminReport, getAdminRowSource } from "~/modules/evaluation/report.server";
import { ReportFilterInput } from "~/modules/evaluation/schemas.server";

/** CSV downloads of the evaluation across cohorts, with the same filter as the page. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "ADMIN");
  const url = new URL(request.url);
  const filter = ReportFilterInput.parse(Object.fromEntries(url.searchParams));
  const adminFilter = {
    from: filter.van,
    to: filter.tot,
    place: filter.plaats || undefined,
    orgId: filter.organisatie || undefined,
  };
  if (url.searchParams.get("soort") === "antwoorden") {
    const rows = await getAdminRowSource({ filter: adminFilter });
    return rows.refused
      ? refusedCsvResponse()
      : rawResponsesCsvStream(rows, "evaluatie-alle-groepen-antwoorden.csv");
  }
  const result = await getAdminReport({ filter: adminFilter });
  return result.refused
    ? refusedCsvResponse()
    : csvResponse(aggregatesCsv(result.report), "evaluatie-alle-groepen-overzicht.csv");
}
