import { useT } from "~/components/use-t";

export type CertificateFactsData = {
  name: string;
  courseTitle: string;
  cohortName?: string;
  completedOn: string;
  hours: string;
  organisations: string[];
  code?: string;
};

/** What a certificate says, as a description list (shared by the participant's card and the public verification page). */
export function CertificateFacts({ facts }: { facts: CertificateFactsData }) {
  const t = useT();
  return (
    <dl className="cert-facts">
      <dt>{t("certificates.name")}</dt>
      <dd>{facts.name || t("certificates.nameRemoved")}</dd>
      <dt>{t("certificates.course")}</dt>
      <dd>{facts.courseTitle}</dd>
      {facts.cohortName ? (
        <>
          <dt>{t("certificates.cohort")}</dt>
          <dd>{facts.cohortName}</dd>
        </>
      ) : null}
      <dt>{t("certificates.completedOn")}</dt>
      <dd>{facts.completedOn}</dd>
      <dt>{t("certificates.hours")}</dt>
      <dd>{t("certificates.hoursValue", { hours: facts.hours })}</dd>
      {facts.organisations.length ? (
        <>
          <dt>{t("certificates.organisations")}</dt>
          <dd>{facts.organisations.join(", ")}</dd>
        </>
      ) : null}
      {facts.code ? (
        <>
          <dt>{t("certificates.code")}</dt>
          <dd className="cert-code">{facts.code}</dd>
        </>
      ) : null}
    </dl>
  );
}
