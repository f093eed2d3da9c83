import { NavLink } from "@remix-run/react";
import { useT } from "~/components/use-t";

/** The coalition's own places. */
export function CoalitionNav({ coalitionId, name }: { coalitionId: string; name: string }) {
  const t = useT();
  const base = `/coalities/${coalitionId}`;
  return (
    <nav aria-label={name}>
      <ul className="cohort-links">
        <li>
          <NavLink to={base} end>
            {t("coalitions.tabs.overview")}
          </NavLink>
        </li>
        <li>
          <NavLink to={`${base}/tijdlijn`}>{t("coalitions.tabs.timeline")}</NavLink>
        </li>
        <li>
          <NavLink to={`${base}/metingen`}>{t("coalitions.tabs.measurements")}</NavLink>
        </li>
        <li>
          <NavLink to={`${base}/scan`}>{t("coalitions.tabs.scan")}</NavLink>
        </li>
        <li>
          <NavLink to={`${base}/afspraken`}>{t("coalitions.tabs.agreements")}</NavLink>
        </li>
        <li>
          <a href={`${base}/rapport.pdf`} download>
            {t("coalitions.tabs.report")}
          </a>
        </li>
      </ul>
    </nav>
  );
}
