import { keyFromData } from "~/i18n/translate";
import { useId } from "react";
import { useT } from "~/components/use-t";

/** A labelled textarea with its hint and its (translated) error next to it. */
export function TextAreaField({
  label,
  name,
  error,
  hint,
  defaultValue,
  rows = 4,
  required,
}: {
  label: string;
  name: string;
  error?: string;
  hint?: string;
  defaultValue?: string;
  rows?: number;
  required?: boolean;
}) {
  const t = useT();
  const id = useId();
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        defaultValue={defaultValue}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {t(keyFromData(error))}
        </p>
      ) : null}
    </div>
  );
}
