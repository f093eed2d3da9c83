import { useId } from "react";
import { escapeHtml } from "~/utils/html";
import { fieldAnchor } from "../forms";
import { useT } from "../use-t";

type Props = { name: string; legend: string; value?: number | null; why?: string | null; error?: string; whyError?: string; whyName: string };

/**
 * The report's 1-10 walking scale: a fieldset with a legend and a row of ten
 * large native radio buttons (arrow keys move between them, a screen reader
 * reads "3, 3 of 10" within the question), the end labels and an optional
 * "Waarom dit cijfer?".
 */
export function ScaleField({ name, legend, value, why, error, whyError, whyName }: Props) {
  const id = useId();
  const t = useT();
  const whyId = whyError ? fieldAnchor(whyName) : `${id}-why`;
  const describedBy = [`${id}-ends`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field eval-scale">
      <fieldset aria-describedby={describedBy} className="eval-scale-set">
        <legend>{legend}</legend>
        <p id={`${id}-ends`} className="eval-scale-ends">
          <span>{t("evaluation.scaleLow")}</span>
          <span>{t("evaluation.scaleHigh")}</span>
        </p>
        {/* Server HTML that React does not hydrate: it resets name and value on every input it hydrates, which for ten radio buttons per question cost a phone a long task. The string follows the props, so a new answer or error replaces it. */}
        <div className="eval-scale-row" dangerouslySetInnerHTML={{ __html: scaleRadios(name, value ?? null, Boolean(error), error ? fieldAnchor(name) : null) }} />
        {error ? <p id={`${id}-error`} className="field-error">{t(error)}</p> : null}
      </fieldset>
      <label htmlFor={whyId} className="eval-why-label">{t("evaluation.scaleWhy")} <span className="muted">{t("evaluation.scaleWhyHint")}</span></label>
      <textarea id={whyId} name={whyName} rows={2} maxLength={2000} defaultValue={why ?? ""} aria-invalid={whyError ? true : undefined} aria-describedby={whyError ? `${id}-why-error` : undefined} />
      {whyError ? <p id={`${id}-why-error`} className="field-error">{t(whyError)}</p> : null}
    </div>
  );
}

function scaleRadios(name: string, value: number | null, invalid: boolean, anchor: string | null): string {
  let html = "";
  for (let score = 1; score <= 10; score++) {
    html += `<label class="eval-scale-option"><input${anchor && score === 1 ? ` id="${escapeHtml(anchor)}"` : ""} type="radio" name="${escapeHtml(name)}" value="${score}"${value === score ? " checked" : ""}${invalid ? ' aria-invalid="true"' : ""}><span>${score}</span></label>`;
  }
  return html;
}
