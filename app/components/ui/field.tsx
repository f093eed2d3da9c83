import { keyFromData } from "~/i18n/translate";
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react";
import { fieldAnchor } from "../forms";
import { useT } from "../use-t";

type Common = { label: string; name: string; error?: string; hint?: string };

/** A labelled input with its hint and its (translated) error next to it. */
export function Field({
  label,
  name,
  error,
  hint,
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  const id = useFieldId(name, error);
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...input}
      />
    </FieldShell>
  );
}

export function SelectField({
  label,
  name,
  error,
  hint,
  children,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useFieldId(name, error);
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...select}
      >
        {children}
      </select>
    </FieldShell>
  );
}

/** A group of radio buttons in a fieldset with a legend. */
export function RadioGroup({
  legend,
  name,
  options,
  value,
  error,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  value?: string | null;
  error?: string;
}) {
  const id = useId();
  const t = useT();
  return (
    <fieldset className="field radio-group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((option, index) => (
        <label key={option.value} className="radio">
          <input
            id={error && index === 0 ? fieldAnchor(name) : undefined}
            type="radio"
            name={name}
            value={option.value}
            defaultChecked={value === option.value}
          />
          <span>{option.label}</span>
        </label>
      ))}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {t(keyFromData(error))}
        </p>
      ) : null}
    </fieldset>
  );
}

function FieldShell({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {t(keyFromData(error))}
        </p>
      ) : null}
    </div>
  );
}

/** A field in error gets the id the error summary links to; otherwise a generated one (names may repeat across a page's forms). */
function useFieldId(name: string, error?: string) {
  const generated = useId();
  return error ? fieldAnchor(name) : generated;
}

function describedBy(id: string, error?: string, hint?: string) {
  return (
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined
  );
}
