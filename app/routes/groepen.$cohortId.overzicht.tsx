import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { SelectField } from "~/components/ui/field";
import { DataTable } from "~/components/ui/data-table";
import { useT } from "~/components/use-t";
import { notFound } from "~/modules/auth/guards.server";
import { requireCohortStaff } from "~/modules/cohorts/access.server";
import { getDashboard } from "~/modules/cohorts/dashboard.server";
import { DashboardSort } from "~/modules/cohorts/schemas.server";
import { CheckResults } from "~/components/course/check-results";
import { ModuleTimes } from "~/components/course/module-times";
import { WaitingCases } from "~/components/course/waiting-cases";
import { LESSON_CAP_MINUTES } from "~/modules/courses/study-time.server";
import { MIN_GROUP_SIZE } from "~/modules/evaluation/aggregate";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortStaff(request, params.cohortId);
  const sort = DashboardSort.parse(new URL(request.url).searchParams.get("sort") ?? undefined);
  // One query for the whole page: progress, attendance, study times, check results and waiting cases.
  const dashboard = await getDashboard({ cohortId: access.cohortId, sort });
  if (!dashboard) notFound();
  return json({
    sort,
    ...dashboard,
    cap: LESSON_CAP_MINUTES,
    min: MIN_GROUP_SIZE,
  });
}

export default function DashboardPage() {
  const t = useT();
  const { cohort, sort, modules, rows, minEvenings, times, checks, waiting, cap, min } =
    useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <p>
        <Link to={`/groepen/${cohort.id}`}>{cohort.name}</Link>
      </p>
      <h1>{t("cohorts.dashboard.title", { cohort: cohort.name })}</h1>
      <p>{t("cohorts.dashboard.intro")}</p>
      <div className="toolbar">
        <Form method="get" className="filter-form">
          <SelectField label={t("cohorts.dashboard.sortLabel")} name="sort" defaultValue={sort}>
            {(["naam", "sector", "voortgang"] as const).map((key) => (
              <option key={key} value={key}>
                {t(`cohorts.dashboard.sort.${key}`)}
              </option>
            ))}
          </SelectField>
          <Button variant="secondary">{t("cohorts.dashboard.sortSubmit")}</Button>
        </Form>
        <a
          className="btn btn-secondary"
          href={`/groepen/${cohort.id}/overzicht.csv?sort=${sort}`}
          download
        >
          {t("cohorts.dashboard.csv")}
        </a>
      </div>
      {rows.length === 0 ? (
        <p>{t("cohorts.dashboard.none")}</p>
      ) : (
        <DataTable
          label={t("cohorts.dashboard.title", { cohort: cohort.name })}
          className="dashboard-grid"
          wide
          columns={[
            t("cohorts.dashboard.colName"),
            t("cohorts.dashboard.colDomain"),
            ...modules.map((module, index) => ({
              label: `${t("cohorts.dashboard.moduleShort", { number: index + 1 })} ${module.title}`,
              header: (
                <abbr title={module.title}>
                  {t("cohorts.dashboard.moduleShort", { number: index + 1 })}
                </abbr>
              ),
              className: "grid-cell",
            })),
            t("cohorts.dashboard.colProgress"),
            t("cohorts.dashboard.colAttended"),
            t("cohorts.dashboard.colEvaluation"),
            t("cohorts.dashboard.colCertificate"),
          ]}
          rows={rows.map((row) => ({
            key: row.userId,
            cells: [
              row.name,
              t(`common.domain.${row.domain ?? "ANDERS"}`),
              ...modules.map((module) => {
                const done = row.done[module.moduleKey] ?? 0;
                const full = module.lessonCount > 0 && done >= module.lessonCount;
                return {
                  className: full ? "grid-done" : done > 0 ? "grid-started" : undefined,
                  content: (
                    <>
                      <span aria-hidden="true">
                        {done}/{module.lessonCount}
                      </span>
                      <span className="sr-only">
                        {module.title}:{" "}
                        {t("cohorts.dashboard.lessons", { done, total: module.lessonCount })}
                      </span>
                    </>
                  ),
                };
              }),
              `${row.percent}%`,
              t("cohorts.dashboard.attendedOf", { count: row.attended, min: minEvenings }),
              row.evaluationSubmitted ? t("cohorts.dashboard.yes") : t("cohorts.dashboard.no"),
              t(`cohorts.dashboard.certificate.${row.certificate}`),
            ],
          }))}
        />
      )}
      <section>
        <h2>{t("cohorts.dashboard.legendTitle")}</h2>
        <ol className="module-legend">
          {modules.map((module) => (
            <li key={module.moduleKey}>{module.title}</li>
          ))}
        </ol>
      </section>
      <WaitingCases
        cohortId={cohort.id}
        cases={waiting}
        modules={modules.map((module) => ({ key: module.moduleKey, title: module.title }))}
      />
      <ModuleTimes times={times} cap={cap} min={min} />
      <CheckResults results={checks} min={min} />
    </div>
  );
}
