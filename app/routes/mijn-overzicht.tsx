import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CertificateFacts } from "~/components/certificates/certificate-facts";
import { MinimumOutlook } from "~/components/cohorts/minimum-outlook";
import { pageTitle } from "~/components/page-title";
import { Alert, Card, ProgressBar } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { getLocale } from "~/i18n/locale.server";
import { requireUser } from "~/modules/auth/guards.server";
import { presentCertificate } from "~/modules/certificates/present";
import { formatEvening } from "~/modules/cohorts/local-time";
import { getMyOverview } from "~/flows/my-overview.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "season.titles.overview");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [overview, locale] = await Promise.all([
    getMyOverview({ userId: user.id }),
    getLocale(request),
  ]);
  return json({
    cohorts: overview.cohorts.map((cohort) => ({
      ...cohort,
      next: cohort.next
        ? { ...cohort.next, when: formatEvening(cohort.next.startsAt, cohort.next.endsAt, locale) }
        : null,
      attendance: cohort.attendance.map((evening) => ({
        ...evening,
        when: formatEvening(evening.startsAt, evening.endsAt, locale),
      })),
    })),
    certificates: overview.certificates.map((certificate) => ({
      id: certificate.id,
      ...presentCertificate(certificate, locale),
    })),
  });
}

export default function MyOverviewPage() {
  const t = useT();
  const { cohorts, certificates } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("season.overview.title")}</h1>
      <p>{t("season.overview.intro")}</p>
      {cohorts.length === 0 ? <p>{t("season.overview.noCohorts")}</p> : null}
      {cohorts.map((cohort) => (
        <Card key={cohort.id} title={cohort.name}>
          <p className="muted">
            {cohort.place}
            {cohort.archived ? ` · ${t("season.archivedBadge")}` : ""}
          </p>
          <ProgressBar
            value={cohort.lessonsDone}
            max={cohort.lessonsTotal}
            label={t("season.overview.progress", {
              done: cohort.lessonsDone,
              total: cohort.lessonsTotal,
            })}
          />
          {cohort.completion ? (
            cohort.completion.complete ? (
              <p>{t("season.overview.complete")}</p>
            ) : (
              <>
                <h3>{t("season.overview.leftTitle")}</h3>
                <ul>
                  {cohort.completion.missingModuleTitles.map((title) => (
                    <li key={title}>{t("season.overview.leftModule", { title })}</li>
                  ))}
                  {cohort.completion.missingEvenings > 0 ? (
                    <li>
                      {t("season.overview.leftEvenings", {
                        count: cohort.completion.missingEvenings,
                      })}
                    </li>
                  ) : null}
                  {cohort.completion.missingEvaluation ? (
                    <li>{t("season.overview.leftEvaluation")}</li>
                  ) : null}
                </ul>
              </>
            )
          ) : null}
          <h3>{t("season.overview.nextTitle")}</h3>
          {cohort.next ? (
            <p>
              <strong>{cohort.next.topic}</strong>
              <br />
              {t("cohorts.evenings.when", {
                date: cohort.next.when.date,
                from: cohort.next.when.from,
                until: cohort.next.when.until,
              })}{" "}
              · {cohort.next.place}
              {cohort.next.apologised ? (
                <>
                  <br />
                  {t("season.evenings.apologised")}
                </>
              ) : null}
            </p>
          ) : (
            <p>{t("season.overview.noNext")}</p>
          )}
          <h3>{t("season.overview.attendanceTitle")}</h3>
          {cohort.attendance.length === 0 ? (
            <p>{t("season.overview.noPastEvenings")}</p>
          ) : (
            <ul>
              {cohort.attendance.map((evening) => (
                <li key={evening.id}>
                  {evening.when.date}: {evening.topic} ·{" "}
                  {evening.status
                    ? t(`cohorts.attendance.status.${evening.status}`)
                    : evening.apologised
                      ? t("season.attendance.apologisedNote")
                      : t("season.evenings.notTaken")}
                </li>
              ))}
            </ul>
          )}
          {cohort.outlook && cohort.outlook.needed > 0 ? (
            <MinimumOutlook outlook={cohort.outlook} />
          ) : null}
          <p className="actions">
            <Link to={`/groepen/${cohort.id}`}>
              {t("season.overview.toCohort", { cohort: cohort.name })}
            </Link>
            {" · "}
            <Link to={`/groepen/${cohort.id}/bijeenkomsten`}>
              {t("season.overview.toEvenings")}
            </Link>
          </p>
        </Card>
      ))}
      <Card title={t("season.overview.certificatesTitle")}>
        {certificates.length === 0 ? (
          <p>{t("season.overview.noCertificates")}</p>
        ) : (
          <ul className="stack">
            {certificates.map((certificate) => (
              <li key={certificate.id}>
                {certificate.revokedOn ? (
                  <Alert tone="warning">
                    {t("certificates.revokedText", { date: certificate.revokedOn })}
                  </Alert>
                ) : null}
                <CertificateFacts facts={certificate} />
                {!certificate.revokedOn ? (
                  <ul className="cert-downloads">
                    <li>
                      <a
                        className="btn btn-primary"
                        href={`/mijn-overzicht/certificaten/${certificate.id}/certificaat.pdf`}
                        download
                        aria-label={t("season.overview.pdfLabel", {
                          cohort: certificate.cohortName ?? "",
                        })}
                      >
                        {t("certificates.downloadPdf")}
                      </a>
                    </li>
                    <li>
                      <a
                        className="btn btn-secondary"
                        href={`/mijn-overzicht/certificaten/${certificate.id}/open-badge.json`}
                        download
                        aria-label={t("season.overview.badgeLabel", {
                          cohort: certificate.cohortName ?? "",
                        })}
                      >
                        {t("certificates.downloadBadge")}
                      </a>
                    </li>
                  </ul>
                ) : null}
                <p>
                  <a href={`/verifieer/${certificate.codeRaw}`}>{t("certificates.verifyLink")}</a>
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <p>
        <Link to="/account/agenda">{t("season.feed.link")}</Link>
      </p>
    </div>
  );
}
