import { Alert, Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { CertificateFacts, type CertificateFactsData } from "./certificate-facts";

export type CertificateCardData = CertificateFactsData & {
  codeRaw: string;
  revokedOn: string | null;
  revokedReason: string | null;
};

/** The participant's certificate: what it says, and the downloads (PDF, Open Badge) while it is valid. */
export function CertificateCard({
  cohortId,
  certificate,
}: {
  cohortId: string;
  certificate: CertificateCardData;
}) {
  const t = useT();
  if (certificate.revokedOn) {
    return (
      <Card title={t("certificates.revokedTitle")}>
        <Alert tone="warning">
          {t("certificates.revokedText", { date: certificate.revokedOn })}
          {certificate.revokedReason ? (
            <>
              <br />
              {t("certificates.revokedReason", { reason: certificate.revokedReason })}
            </>
          ) : null}
        </Alert>
        <CertificateFacts facts={certificate} />
      </Card>
    );
  }
  return (
    <Card title={t("certificates.readyTitle")}>
      <p>{t("certificates.readyText")}</p>
      <CertificateFacts facts={certificate} />
      <ul className="cert-downloads">
        <li>
          <a className="btn btn-primary" href={`/groepen/${cohortId}/certificaat.pdf`} download>
            {t("certificates.downloadPdf")}
          </a>
        </li>
        <li>
          <a className="btn btn-secondary" href={`/groepen/${cohortId}/certificaat.json`} download>
            {t("certificates.downloadBadge")}
          </a>
        </li>
      </ul>
      <p className="field-hint">{t("certificates.badgeHint")}</p>
      <p>
        <a href={`/verifieer/${certificate.codeRaw}`}>{t("certificates.verifyLink")}</a>
      </p>
    </Card>
  );
}
