import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react";
import { useT } from "../use-t";

type Common = { label: string; name: string; error?: string; hint?: string };

/** A labelled input with its hint and its (translated) error next to it. */
export function Field({ label, name, error, hint, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} {...input} />
    </FieldShell>
  );
}

export function SelectField({ label, name, error, hint, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} {...select}>
        {children}
      </select>
    </FieldShell>
  );
}

/** A group of radio buttons in a fieldset with a legend. */
export function RadioGroup({ legend, name, options, value, error }: { legend: string; name: string; options: { value: string; label: string }[]; value?: string | null; error?: string }) {
  const id = useId();
  const t = useT();
  return (
    <fieldset className="field radio-group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="radio">
          <input type="radio" name={name} value={option.value} defaultChecked={value === option.value} />
          <span>{option.label}</span>
        </label>
      ))}
      {error ? <p id={`${id}-error`} className="field-error">{t(error)}</p> : null}
    </fieldset>
  );
}

function FieldShell({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? <p id={`${id}-hint`} className="field-hint">{hint}</p> : null}
      {children}
      {error ? <p id={`${id}-error`} className="field-error">{t(error)}</p> : null}
    </div>
  );
}

function describedBy(id: string, error?: string, hint?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}
