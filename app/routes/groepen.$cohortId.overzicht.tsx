import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { SelectField } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { notFound } from "~/modules/auth/guards.server";
import { requireCohortStaff } from "~/modules/cohorts/access.server";
import { getDashboard } from "~/modules/cohorts/dashboard.server";
import { DashboardSort } from "~/modules/cohorts/schemas.server";
import { CheckResults } from "~/components/course/check-results";
import { ModuleTimes } from "~/components/course/module-times";
import { WaitingCases } from "~/components/course/waiting-cases";
import { getCheckResults } from "~/modules/courses/check-results.server";
import { getModuleTimes, LESSON_CAP_MINUTES } from "~/modules/courses/study-time.server";
import { MIN_GROUP_SIZE } from "~/modules/evaluation/aggregate";
import { casesWaitingForOtherWorld } from "~/modules/cohorts/cross-sector.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortStaff(request, params.cohortId);
  const sort = DashboardSort.parse(new URL(request.url).searchParams.get("sort") ?? undefined);
  const cohortId = access.cohortId;
  const [dashboard, times, checks, waiting] = await Promise.all([
    getDashboard({ cohortId, sort }),
    getModuleTimes({ cohortId }),
    getCheckResults({ cohortId }),
    casesWaitingForOtherWorld({ cohortId }),
  ]);
  if (!dashboard) notFound();
  return json({ sort, ...dashboard, times, checks, waiting, cap: LESSON_CAP_MINUTES, min: MIN_GROUP_SIZE });
}

export default function DashboardPage() {
  const t = useT();
  const { cohort, sort, modules, rows, minEvenings, times, checks, waiting, cap, min } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <p><Link to={`/groepen/${cohort.id}`}>{cohort.name}</Link></p>
      <h1>{t("cohorts.dashboard.title", { cohort: cohort.name })}</h1>
      <p>{t("cohorts.dashboard.intro")}</p>
      <div className="actions">
        <Form method="get" className="filter-form">
          <SelectField label={t("cohorts.dashboard.sortLabel")} name="sort" defaultValue={sort}>
            {(["naam", "sector", "voortgang"] as const).map((key) => <option key={key} value={key}>{t(`cohorts.dashboard.sort.${key}`)}</option>)}
          </SelectField>
          <Button variant="secondary">{t("cohorts.dashboard.sortSubmit")}</Button>
        </Form>
        <a className="btn btn-secondary" href={`/groepen/${cohort.id}/overzicht.csv?sort=${sort}`} download>{t("cohorts.dashboard.csv")}</a>
      </div>
      {rows.length === 0 ? <p>{t("cohorts.dashboard.none")}</p> : (
        // Focusable so that keyboard users can scroll the wide grid on a phone.
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t("cohorts.dashboard.title", { cohort: cohort.name })}>
          <table className="dashboard-grid">
            <thead>
              <tr>
                <th scope="col">{t("cohorts.dashboard.colName")}</th>
                <th scope="col">{t("cohorts.dashboard.colDomain")}</th>
                {modules.map((module, index) => (
                  <th key={module.moduleKey} scope="col" className="grid-cell">
                    <abbr title={module.title}>{t("cohorts.dashboard.moduleShort", { number: index + 1 })}</abbr>
                  </th>
                ))}
                <th scope="col">{t("cohorts.dashboard.colProgress")}</th>
                <th scope="col">{t("cohorts.dashboard.colAttended")}</th>
                <th scope="col">{t("cohorts.dashboard.colEvaluation")}</th>
                <th scope="col">{t("cohorts.dashboard.colCertificate")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.userId}>
                  <th scope="row">{row.name}</th>
                  <td>{t(`common.domain.${row.domain ?? "ANDERS"}`)}</td>
                  {modules.map((module) => {
                    const done = row.done[module.moduleKey] ?? 0;
                    const full = module.lessonCount > 0 && done >= module.lessonCount;
                    return (
                      <td key={module.moduleKey} className={`grid-cell ${full ? "grid-done" : done > 0 ? "grid-started" : ""}`}>
                        <span aria-hidden="true">{done}/{module.lessonCount}</span>
                        <span className="sr-only">{module.title}: {t("cohorts.dashboard.lessons", { done, total: module.lessonCount })}</span>
                      </td>
                    );
                  })}
                  <td>{row.percent}%</td>
                  <td>{t("cohorts.dashboard.attendedOf", { count: row.attended, min: minEvenings })}</td>
                  <td>{row.evaluationSubmitted ? t("cohorts.dashboard.yes") : t("cohorts.dashboard.no")}</td>
                  <td>{t(`cohorts.dashboard.certificate.${row.certificate}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section>
        <h2>{t("cohorts.dashboard.legendTitle")}</h2>
        <ol className="module-legend">
          {modules.map((module) => <li key={module.moduleKey}>{module.title}</li>)}
        </ol>
      </section>
      <WaitingCases cohortId={cohort.id} cases={waiting} modules={modules.map((module) => ({ key: module.moduleKey, title: module.title }))} />
      <ModuleTimes times={times} cap={cap} min={min} />
      <CheckResults results={checks} min={min} />
    </div>
  );
}
