import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { getUser } from "~/modules/auth/guards.server";
import { listAdminOrganisations } from "~/modules/organisations/my-organisations.server";
import { listMyCohorts } from "~/modules/cohorts/my-cohorts.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (!user) return json({ user: null, adminOf: [], cohorts: [] });
  const [adminOf, cohorts] = await Promise.all([
    listAdminOrganisations({ userId: user.id }),
    listMyCohorts({ userId: user.id }),
  ]);
  return json({
    user: { name: user.name, role: user.role },
    adminOf,
    cohorts: cohorts.map((cohort) => ({ id: cohort.id, name: cohort.name, place: cohort.place })),
  });
}

export default function HomePage() {
  const t = useT();
  const { user, adminOf, cohorts } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  if (!user) {
    return (
      <div className="stack">
        {params.get("verwijderd") ? <Alert tone="success">{t("account.deleted")}</Alert> : null}
        <h1>{t("common.homeTitle")}</h1>
        <p>{t("common.homeIntro")}</p>
        <p className="actions">
          <Link className="btn btn-primary" to="/aanmelden">
            {t("common.homeCtaSignup")}
          </Link>
          <Link className="btn btn-secondary" to="/inloggen">
            {t("common.homeCtaLogin")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="stack">
      <h1>{t("common.homeWelcomeBack", { name: user.name })}</h1>
      {cohorts.length ? (
        <Card title={t("cohorts.homeTitle")}>
          <ul>
            {cohorts.map((cohort) => (
              <li key={cohort.id}>
                <Link to={`/groepen/${cohort.id}`}>{cohort.name}</Link>{" "}
                <span className="muted">({cohort.place})</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card title={t("common.homeNext")}>
        <ul>
          <li>
            <Link to="/account">{t("common.homeLinkAccount")}</Link>
          </li>
          <li>
            <Link to="/groepen">{t("course.homeLinkCourse")}</Link>
          </li>
          {user.role !== "PARTICIPANT" ? (
            <li>
              <Link to="/modules">{t("course.homeLinkModules")}</Link>
            </li>
          ) : null}
          {adminOf.map((org) => (
            <li key={org.id}>
              <Link to={`/organisaties/${org.id}`}>
                {t("common.homeLinkOrgAdmin", { org: org.name })}
              </Link>
            </li>
          ))}
          {user.role === "ADMIN" ? (
            <li>
              <Link to="/beheer">{t("common.homeLinkAdmin")}</Link>
            </li>
          ) : null}
        </ul>
      </Card>
    </div>
  );
}
