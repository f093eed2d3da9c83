import { keyFromData } from "~/i18n/translate";
import type { FieldFinding } from "~/modules/forum/privacy-check";
import { useT } from "../use-t";

const FIELD_LABELS: Record<string, string> = {
  title: "forum.form.title",
  situation: "forum.thread.situation",
  whatIDid: "forum.thread.whatIDid",
  question: "forum.thread.question",
  body: "forum.thread.replyLabel",
};

/** What the privacy guard found, the tip, and the explicit "I checked this" box. */
export function PrivacyFindings({ findings }: { findings: FieldFinding[] }) {
  const t = useT();
  if (findings.length === 0) return null;
  return (
    <div className="alert alert-warning forum-privacy" role="alert">
      <p>
        <strong>{t("forum.privacy.title")}</strong>
      </p>
      <p>{t("forum.privacy.intro")}</p>
      <ul>
        {findings.map((finding, index) => (
          <li key={index}>
            {t("forum.privacy.found", {
              kind: t(`forum.privacy.kind.${finding.kind}`),
              text: finding.text,
            })}{" "}
            <span className="muted">
              {t("forum.privacy.inField", {
                field: t(keyFromData(FIELD_LABELS[finding.field] ?? finding.field)),
              })}
            </span>
          </li>
        ))}
      </ul>
      <p>{t("forum.privacy.tip")}</p>
      <label className="checkbox">
        <input type="checkbox" name="privacyConfirmed" />
        <span>{t("forum.privacy.confirm")}</span>
      </label>
    </div>
  );
}
