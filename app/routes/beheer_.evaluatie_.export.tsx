import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/guards.server";
import { aggregatesCsv, csvResponse, rawResponsesCsvStream } from "~/modules/evaluation/export-csv.server";
import { coreItems } from "~/modules/evaluation/questionnaire";
import { countResponses, responsesPage } from "~/modules/evaluation/report-sql.server";
import { adminWhereSql, getAdminReport } from "~/modules/evaluation/report.server";
import { ReportFilterInput } from "~/modules/evaluation/schemas.server";

/** CSV downloads of the evaluation across cohorts, with the same filter as the page; the raw answers are streamed. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "ADMIN");
  const url = new URL(request.url);
  const parsed = ReportFilterInput.parse(Object.fromEntries(url.searchParams));
  const filter = { from: parsed.van, to: parsed.tot, place: parsed.plaats || undefined, orgId: parsed.organisatie || undefined };
  if (url.searchParams.get("soort") === "antwoorden") {
    const where = adminWhereSql(filter);
    const stream = rawResponsesCsvStream({ items: coreItems(), count: () => countResponses(where), page: (after) => responsesPage({ where, after }) });
    return csvResponse(stream, "evaluatie-alle-groepen-antwoorden.csv");
  }
  const { report } = await getAdminReport({ filter });
  return csvResponse(aggregatesCsv(report), "evaluatie-alle-groepen-overzicht.csv");
}
