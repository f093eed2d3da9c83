import { keyFromData } from "~/i18n/translate";
import { useId } from "react";
import { useT } from "~/components/use-t";

/** Several checkboxes with one name, in a fieldset with a legend. */
export function CheckboxGroup({
  legend,
  hint,
  name,
  options,
  checked,
  error,
}: {
  legend: string;
  hint?: string;
  name: string;
  options: { value: string; label: string }[];
  checked: string[];
  error?: string;
}) {
  const id = useId();
  const t = useT();
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <fieldset className="field" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {options.map((option) => (
        <label key={option.value} className="checkbox">
          <input
            type="checkbox"
            name={name}
            value={option.value}
            defaultChecked={checked.includes(option.value)}
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
