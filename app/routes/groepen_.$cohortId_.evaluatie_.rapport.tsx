import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ReportView } from "~/components/evaluation/report-view";
import { Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { notFound } from "~/modules/auth/guards.server";
import { requireCohortStaff } from "~/modules/cohorts/access.server";
import { getCohortName, getCohortReport } from "~/modules/evaluation/report.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortStaff(request, params.cohortId);
  const [name, { report }] = await Promise.all([
    getCohortName({ cohortId: access.cohortId }),
    getCohortReport({ cohortId: access.cohortId }),
  ]);
  if (name === null) notFound();
  return json(
    { cohortId: access.cohortId, name, report },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export default function CohortReportPage() {
  const t = useT();
  const { cohortId, name, report } = useLoaderData<typeof loader>();
  const base = `/groepen/${cohortId}/evaluatie`;
  return (
    <div className="stack">
      <p>
        <Link to={`${base}/beheer`}>{t("common.back")}</Link>
      </p>
      <h1>{t("evaluation.report.title", { cohort: name })}</h1>
      <Card title={t("evaluation.report.exportTitle")}>
        <ul>
          <li>
            <a href={`${base}/export?soort=overzicht`} download>
              {t("evaluation.report.exportAggregates")}
            </a>
          </li>
          <li>
            <a href={`${base}/export?soort=antwoorden`} download>
              {t("evaluation.report.exportRaw")}
            </a>
          </li>
          <li>
            <Link to={`${base}/vergelijken`}>{t("evaluation.manage.linkCompare")}</Link>
          </li>
        </ul>
      </Card>
      <h2>{t("evaluation.title")}</h2>
      <ReportView report={report} />
    </div>
  );
}
