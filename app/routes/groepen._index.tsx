import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DemoLabel } from "~/components/cohorts/demo-label";
import { Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { getLocale } from "~/i18n/locale.server";
import { requireUser } from "~/modules/auth/guards.server";
import { listMyCohorts } from "~/modules/cohorts/my-cohorts.server";
import { formatDay } from "~/utils/intl";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [cohorts, locale] = await Promise.all([
    listMyCohorts({ userId: user.id }),
    getLocale(request),
  ]);
  return json({
    canCreate: user.role !== "PARTICIPANT",
    cohorts: cohorts.map((cohort) => ({
      ...cohort,
      startsOn: formatDay(cohort.startsOn, locale),
      endsOn: formatDay(cohort.endsOn, locale),
    })),
  });
}

export default function MyCohortsPage() {
  const t = useT();
  const { cohorts, canCreate } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("cohorts.listTitle")}</h1>
      {canCreate ? (
        <p>
          <Link className="btn btn-primary" to="/groepen/nieuw">
            {t("cohorts.newCohort")}
          </Link>
        </p>
      ) : null}
      {cohorts.length === 0 ? (
        <p>{canCreate ? t("cohorts.listEmptyFacilitator") : t("cohorts.listEmpty")}</p>
      ) : null}
      {cohorts
        .filter((cohort) => !cohort.archived)
        .map((cohort) => (
          <Card key={cohort.id}>
            <h2 className="card-title">
              <Link to={`/groepen/${cohort.id}`}>{cohort.name}</Link>
              {cohort.isDemo ? (
                <>
                  {" "}
                  <DemoLabel />
                </>
              ) : null}
            </h2>
            <p className="muted">
              {cohort.place} ·{" "}
              {t("cohorts.period", { from: cohort.startsOn, until: cohort.endsOn })}
              <br />
              {t("cohorts.participantsCount", { count: cohort.participants })} ·{" "}
              {t("cohorts.yourRole", { role: t(`cohorts.role.${cohort.role}`) })}
            </p>
          </Card>
        ))}
      {cohorts.some((cohort) => cohort.archived) ? (
        <details>
          <summary>{t("season.archivedList")}</summary>
          <ul>
            {cohorts
              .filter((cohort) => cohort.archived)
              .map((cohort) => (
                <li key={cohort.id}>
                  <Link to={`/groepen/${cohort.id}`}>{cohort.name}</Link> · {cohort.place} ·{" "}
                  {t("cohorts.period", { from: cohort.startsOn, until: cohort.endsOn })}
                </li>
              ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
