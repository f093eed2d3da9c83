import { keyFromData } from "~/i18n/translate";
import { useId } from "react";
import { fieldAnchor } from "../forms";
import { useT } from "../use-t";

const SCORES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

type Props = {
  name: string;
  legend: string;
  value?: number | null;
  why?: string | null;
  error?: string;
  whyError?: string;
  whyName: string;
};

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
        <div className="eval-scale-row">
          {SCORES.map((score) => (
            <label key={score} className="eval-scale-option">
              <input
                id={error && score === 1 ? fieldAnchor(name) : undefined}
                type="radio"
                name={name}
                value={score}
                defaultChecked={value === score}
                aria-invalid={error ? true : undefined}
              />
              <span>{score}</span>
            </label>
          ))}
        </div>
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {t(keyFromData(error))}
          </p>
        ) : null}
      </fieldset>
      <label htmlFor={whyId} className="eval-why-label">
        {t("evaluation.scaleWhy")} <span className="muted">{t("evaluation.scaleWhyHint")}</span>
      </label>
      <textarea
        id={whyId}
        name={whyName}
        rows={2}
        maxLength={2000}
        defaultValue={why ?? ""}
        aria-invalid={whyError ? true : undefined}
        aria-describedby={whyError ? `${id}-why-error` : undefined}
      />
      {whyError ? (
        <p id={`${id}-why-error`} className="field-error">
          {t(keyFromData(whyError))}
        </p>
      ) : null}
    </div>
  );
}
