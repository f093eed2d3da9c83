import { Link } from "@remix-run/react";
import { useT } from "~/components/use-t";

/** The cohort's own places: course, forum, evaluation, evenings, and for staff the dashboard and invitations. */
export function CohortLinks({ cohortId, isStaff }: { cohortId: string; isStaff: boolean }) {
  const t = useT();
  const base = `/groepen/${cohortId}`;
  return (
    <nav aria-label={t("cohorts.page.linksTitle")}>
      <ul className="cohort-links">
        <li>
          <Link to={`${base}/cursus`}>{t("cohorts.page.course")}</Link>
        </li>
        <li>
          <Link to={`${base}/casussen`}>{t("cohorts.page.forum")}</Link>
        </li>
        <li>
          <Link to={`${base}/bijeenkomsten`}>{t("cohorts.page.evenings")}</Link>
        </li>
        <li>
          <Link to={`${base}/evaluatie`}>{t("cohorts.page.evaluation")}</Link>
        </li>
        <li>
          <Link to={isStaff ? `${base}/certificaten` : `${base}/certificaat`}>
            {t(isStaff ? "certificates.staffLink" : "certificates.link")}
          </Link>
        </li>
        <li>
          <Link to={`${base}/sociale-kaart`}>{t("cohorts.socialMap.link")}</Link>
        </li>
        <li>
          <Link to={`${base}/tandem`}>{t("cohorts.tandem.link")}</Link>
        </li>
        {isStaff ? (
          <li>
            <Link to={`${base}/overzicht`}>{t("cohorts.page.dashboard")}</Link>
          </li>
        ) : null}
        {isStaff ? (
          <li>
            <Link to={`${base}/uitnodigen`}>{t("cohorts.page.invite")}</Link>
          </li>
        ) : null}
        {isStaff ? (
          <li>
            <Link to={`${base}/instellingen`}>{t("season.settings.link")}</Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
