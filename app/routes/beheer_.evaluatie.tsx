import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { ReportView } from "~/components/evaluation/report-view";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { Field, SelectField } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { requireRole } from "~/modules/auth/guards.server";
import { getAdminFilterOptions, getAdminReport } from "~/modules/evaluation/report.server";
import { ReportFilterInput } from "~/modules/evaluation/schemas.server";

/** Free texts per item on the report itself; all of them on /beheer/evaluatie/teksten (issue 20). */
const FIRST_TEXTS = 20;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "ADMIN");
  const url = new URL(request.url);
  const filter = ReportFilterInput.parse(Object.fromEntries(url.searchParams));
  const [options, result] = await Promise.all([
    getAdminFilterOptions(),
    getAdminReport({
      textsPerItem: FIRST_TEXTS,
      filter: {
        from: filter.van,
        to: filter.tot,
        place: filter.plaats || undefined,
        orgId: filter.organisatie || undefined,
      },
    }),
  ]);
  return json(
    {
      filter,
      options,
      refused: result.refused,
      report: result.refused ? null : result.report,
      cohorts: result.refused ? null : result.cohortCount,
      query: url.searchParams.toString(),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export default function AdminEvaluationPage() {
  const t = useT();
  const { filter, options, refused, report, cohorts, query } = useLoaderData<typeof loader>();
  const exportBase = `/beheer/evaluatie/export?${query ? `${query}&` : ""}`;
  return (
    <div className="stack">
      <h1>{t("evaluation.report.adminTitle")}</h1>
      <Card title={t("evaluation.report.filterTitle")}>
        <Form method="get" className="eval-filter">
          <Field
            label={t("evaluation.report.from")}
            name="van"
            type="date"
            defaultValue={filter.van ?? ""}
            hint={t("evaluation.disclosure.periodHint")}
          />
          <Field
            label={t("evaluation.report.to")}
            name="tot"
            type="date"
            defaultValue={filter.tot ?? ""}
          />
          <SelectField
            label={t("evaluation.report.place")}
            name="plaats"
            defaultValue={filter.plaats ?? ""}
          >
            <option value="">{t("evaluation.report.all")}</option>
            {options.places.map((place) => (
              <option key={place} value={place}>
                {place}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("evaluation.report.organisation")}
            name="organisatie"
            defaultValue={filter.organisatie ?? ""}
          >
            <option value="">{t("evaluation.report.all")}</option>
            {options.organisations.map((org) => (
              <option key={org.id} value={org.id}>
                {org.name}
              </option>
            ))}
          </SelectField>
          <Button>{t("evaluation.report.apply")}</Button>
        </Form>
      </Card>
      {refused || !report ? (
        <Alert tone="info">{t("evaluation.disclosure.refused")}</Alert>
      ) : (
        <>
          <Card title={t("evaluation.report.exportTitle")}>
            <p>
              {t("evaluation.report.cohorts", { count: cohorts ?? 0 })}.{" "}
              {t("evaluation.report.localNote")} {t("evaluation.disclosure.smallCohorts")}
            </p>
            <ul>
              <li>
                <a href={`${exportBase}soort=overzicht`} download>
                  {t("evaluation.report.exportAggregates")}
                </a>
              </li>
              <li>
                <a href={`${exportBase}soort=antwoorden`} download>
                  {t("evaluation.report.exportRaw")}
                </a>
              </li>
            </ul>
          </Card>
          <h2>{t("evaluation.title")}</h2>
          <ReportView
            report={report}
            textsHref={(itemId) =>
              `/beheer/evaluatie/teksten?${new URLSearchParams([...new URLSearchParams(query).entries(), ["vraag", itemId]]).toString()}`
            }
          />
        </>
      )}
    </div>
  );
}
