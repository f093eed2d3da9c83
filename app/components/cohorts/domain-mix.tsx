import { Link } from "@remix-run/react";
import { keyFromData } from "~/i18n/translate";
import { Alert } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { DOMAINS, type Domain } from "~/modules/people/types";

type Mix = {
  counts: Record<Domain, number>;
  total: number;
  sport: number;
  social: number;
  warning: string;
};

/** Participants per sector as numbers and bars; the bars repeat the numbers, so colour is never the only carrier. */
export function DomainMixView({
  mix,
  showWarning,
  cohortId,
}: {
  mix: Mix;
  showWarning: boolean;
  cohortId: string;
}) {
  const t = useT();
  return (
    <div className="mix">
      {mix.total === 0 ? (
        <p>{t("cohorts.page.mixEmpty")}</p>
      ) : (
        <>
          <p className="mix-summary">
            {t("cohorts.page.mixSummary", { sport: mix.sport, social: mix.social })}
          </p>
          <ul className="mix-list">
            {DOMAINS.map((domain) => {
              const percent = Math.round((mix.counts[domain] / mix.total) * 100);
              return (
                <li key={domain} className="mix-row">
                  <span className="mix-label">
                    {t("cohorts.page.mixRow", {
                      domain: t(`common.domain.${domain}`),
                      count: mix.counts[domain],
                      percent,
                    })}
                  </span>
                  <span className="mix-track" aria-hidden="true">
                    <span
                      className={`mix-fill mix-fill-${domain}`}
                      style={{ width: `${percent}%` }}
                    />
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {showWarning && mix.warning !== "none" && mix.warning !== "empty" ? (
        <Alert tone="warning">
          <p>{t(keyFromData(`cohorts.page.mixWarning.${mix.warning}`))}</p>
          {/* Why the mix matters: the two rules that need both worlds, and where a one-sector group switches them off (decision 025). */}
          <p>{t("cohorts.page.mixWhy")}</p>
          <p>
            <Link to={`/groepen/${cohortId}/cursus/indeling#twee-werelden`}>
              {t("cohorts.page.mixWhyRules")}
            </Link>
            {" · "}
            <Link to={`/groepen/${cohortId}/tandem`}>{t("cohorts.page.mixWhyTandem")}</Link>
          </p>
        </Alert>
      ) : null}
    </div>
  );
}
