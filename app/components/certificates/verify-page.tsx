import { Alert, Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { CertificateFacts, type CertificateFactsData } from "./certificate-facts";

type Result = {
  state: "valid" | "revoked" | "unknown";
  facts: Omit<CertificateFactsData, "code" | "cohortName"> | null;
  revokedOn: string | null;
} | null;

/**
 * The public verification page. A plain GET form (no JavaScript, no login),
 * and a result that never repeats the code that was asked for.
 */
export function VerifyPage({
  result,
  rateLimitedMinutes,
}: {
  result: Result;
  rateLimitedMinutes: number | null;
}) {
  const t = useT();
  return (
    <div className="stack narrow">
      <h1>{t("certificates.verify.title")}</h1>
      {rateLimitedMinutes ? (
        <Alert tone="error">
          {rateLimitedMinutes === 1
            ? t("errors.rateLimitedOne")
            : t("errors.rateLimited", { minutes: rateLimitedMinutes })}
        </Alert>
      ) : null}
      {result?.state === "valid" && result.facts ? (
        <Card title={t("certificates.verify.validTitle")}>
          <Alert tone="success">{t("certificates.verify.validText")}</Alert>
          <CertificateFacts facts={result.facts} />
        </Card>
      ) : null}
      {result?.state === "revoked" && result.facts ? (
        <Card title={t("certificates.verify.revokedTitle")}>
          <Alert tone="warning">
            {t("certificates.verify.revokedText", { date: result.revokedOn ?? "" })}
          </Alert>
          <CertificateFacts facts={result.facts} />
        </Card>
      ) : null}
      {result?.state === "unknown" ? (
        <Card title={t("certificates.verify.unknownTitle")}>
          <Alert tone="error">{t("certificates.verify.unknownText")}</Alert>
        </Card>
      ) : null}
      <Card title={result ? t("certificates.verify.again") : undefined}>
        {result ? null : <p>{t("certificates.verify.intro")}</p>}
        <form method="get" action="/verifieer" className="stack-sm">
          <div className="field">
            <label htmlFor="verify-code">{t("certificates.verify.codeLabel")}</label>
            <p id="verify-code-hint" className="field-hint">
              {t("certificates.verify.codeHint")}
            </p>
            <input
              id="verify-code"
              name="code"
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={60}
              required
              aria-describedby="verify-code-hint"
            />
          </div>
          <button type="submit" className="btn btn-primary">
            {t("certificates.verify.submit")}
          </button>
        </form>
        <p className="muted">{t("certificates.verify.privacy")}</p>
      </Card>
    </div>
  );
}
