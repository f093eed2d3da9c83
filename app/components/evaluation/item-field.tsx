import { keyFromData } from "~/i18n/translate";
import { useId } from "react";
import type { Answer, FormItem } from "~/modules/evaluation/types";
import { fieldAnchor } from "../forms";
import { useT } from "../use-t";
import { ScaleField } from "./scale-field";

type Props = { item: FormItem; answer?: Answer; errors: Record<string, string> };

/** The label of an item: from the catalogue for core items, as typed for local questions. */
export function useItemLabel() {
  const t = useT();
  return (item: Pick<FormItem, "labelKey" | "label" | "id">) =>
    item.labelKey ? t(keyFromData(item.labelKey)) : (item.label ?? item.id);
}

export function useOptionLabel() {
  const t = useT();
  return (item: Pick<FormItem, "type" | "labelKey" | "id">, option: string) => {
    if (item.type === "yesno") return t(keyFromData(`evaluation.yesno.${option}`));
    return item.labelKey ? t(keyFromData(`evaluation.items.${item.id}.options.${option}`)) : option;
  };
}

/** One question of the evaluation form, by type, with its error next to it. */
export function ItemField({ item, answer, errors }: Props) {
  const generated = useId();
  const t = useT();
  const label = useItemLabel()(item);
  const optionLabel = useOptionLabel();
  const error = errors[item.id];
  const id = error ? fieldAnchor(item.id) : generated;
  if (item.type === "scale10") {
    return (
      <ScaleField
        name={item.id}
        whyName={`${item.id}-waarom`}
        legend={label}
        value={answer?.number}
        why={answer?.text}
        error={error}
        whyError={errors[`${item.id}-waarom`]}
      />
    );
  }
  if (item.type === "text") {
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <p id={`${id}-hint`} className="field-hint">
          {t("evaluation.textHint")}
        </p>
        <textarea
          id={id}
          name={item.id}
          rows={4}
          maxLength={2000}
          defaultValue={answer?.text ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
        />
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {t(keyFromData(error))}
          </p>
        ) : null}
      </div>
    );
  }
  const multiple = item.type === "multi";
  return (
    <fieldset
      className={`field radio-group ${item.type === "yesno" ? "eval-inline" : ""}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>
        {label}
        {item.required ? (
          <>
            {" "}
            <span className="muted">{t("evaluation.requiredMark")}</span>
          </>
        ) : null}
      </legend>
      {item.options.map((option, index) => (
        <label key={option} className={multiple ? "checkbox" : "radio"}>
          <input
            id={error && index === 0 ? fieldAnchor(item.id) : undefined}
            type={multiple ? "checkbox" : "radio"}
            name={item.id}
            value={option}
            defaultChecked={answer?.choices?.includes(option) ?? false}
            aria-invalid={error ? true : undefined}
            required={item.required && !multiple ? true : undefined}
          />
          <span>{optionLabel(item, option)}</span>
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
