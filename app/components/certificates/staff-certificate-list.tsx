import { keyFromData } from "~/i18n/translate";
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { useT } from "~/components/use-t";

export type StaffRow = {
  userId: string;
  name: string;
  status: "valid" | "revoked" | "complete" | "busy";
  certificateId: string | null;
  issuedOn: string | null;
  manualReason: string | null;
  revokedReason: string | null;
};

type Feedback = {
  target: string;
  errors: Record<string, string>;
  values: Record<string, string>;
} | null;

/**
 * Every participant with their certificate status and the facilitator's actions: issue by hand, revoke, download.
 * readOnly (an archived cohort): only the status and the downloads, no forms.
 */
export function StaffCertificateList({
  cohortId,
  rows,
  feedback,
  readOnly = false,
}: {
  cohortId: string;
  rows: StaffRow[];
  feedback: Feedback;
  readOnly?: boolean;
}) {
  const t = useT();
  return (
    <ul className="cert-staff-list">
      {rows.map((row) => {
        const mine =
          feedback && feedback.target === (row.certificateId ?? row.userId) ? feedback : null;
        const fieldId = `reason-${row.userId}`;
        const errorId = `${fieldId}-error`;
        return (
          <li key={row.userId} className="card">
            <h2 className="card-title">{row.name}</h2>
            <p>
              <span className={`badge cert-status-${row.status}`}>
                {t(`certificates.status.${row.status}`)}
              </span>
              {row.issuedOn ? <> · {t("certificates.issuedOn", { date: row.issuedOn })}</> : null}
            </p>
            {row.manualReason ? (
              <p className="muted">{t("certificates.manual", { reason: row.manualReason })}</p>
            ) : null}
            {row.revokedReason ? (
              <p className="muted">
                {t("certificates.revokedReason", { reason: row.revokedReason })}
              </p>
            ) : null}
            {row.status === "valid" ? (
              <>
                <p>
                  <a href={`/groepen/${cohortId}/certificaat.pdf?voor=${row.userId}`} download>
                    {t("certificates.downloadFor", { name: row.name })}
                  </a>
                </p>
                {readOnly ? null : (
                  <Form method="post" noValidate className="stack-sm">
                    <input type="hidden" name="intent" value="revoke" />
                    <input type="hidden" name="certificateId" value={row.certificateId ?? ""} />
                    <div className="field">
                      <label htmlFor={fieldId}>{t("certificates.revokeReason")}</label>
                      <textarea
                        id={fieldId}
                        name="reason"
                        rows={2}
                        maxLength={500}
                        defaultValue={mine?.values.reason}
                        aria-invalid={mine?.errors.reason ? true : undefined}
                        aria-describedby={mine?.errors.reason ? errorId : undefined}
                      />
                      {mine?.errors.reason ? (
                        <p id={errorId} className="field-error">
                          {t(keyFromData(mine.errors.reason))}
                        </p>
                      ) : null}
                    </div>
                    <Button
                      variant="danger"
                      aria-label={`${t("certificates.revokeSubmit")}: ${row.name}`}
                    >
                      {t("certificates.revokeSubmit")}
                    </Button>
                  </Form>
                )}
              </>
            ) : null}
            {!readOnly && (row.status === "busy" || row.status === "complete") ? (
              <Form method="post" noValidate className="stack-sm">
                <input type="hidden" name="intent" value="issue" />
                <input type="hidden" name="userId" value={row.userId} />
                <div className="field">
                  <label htmlFor={fieldId}>{t("certificates.issueReason")}</label>
                  <p id={`${fieldId}-hint`} className="field-hint">
                    {t("certificates.issueReasonHint")}
                  </p>
                  <textarea
                    id={fieldId}
                    name="reason"
                    rows={2}
                    maxLength={500}
                    defaultValue={mine?.values.reason}
                    aria-invalid={mine?.errors.reason ? true : undefined}
                    aria-describedby={
                      mine?.errors.reason ? `${fieldId}-hint ${errorId}` : `${fieldId}-hint`
                    }
                  />
                  {mine?.errors.reason ? (
                    <p id={errorId} className="field-error">
                      {t(keyFromData(mine.errors.reason))}
                    </p>
                  ) : null}
                </div>
                <Button
                  variant="secondary"
                  aria-label={`${t("certificates.issueSubmit")}: ${row.name}`}
                >
                  {t("certificates.issueSubmit")}
                </Button>
              </Form>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
