import { keyFromData } from "~/i18n/translate";
import { useEffect, useId, useRef, type MouseEvent } from "react";
import { useT } from "./use-t";

type FormErrorShape = { key: string; params?: Record<string, string | number> } | null | undefined;
type ActionShape =
  { errors?: Record<string, string> | null; formError?: FormErrorShape } | null | undefined;

/** The id of a field in error, so the error summary can link to it (also without JavaScript). */
export const fieldAnchor = (name: string) => `veld-${name.replace(/[^\w-]/g, "_")}`;

/** Whether an action answered with errors: field errors or a form-level error. */
export function hasFormErrors(data: unknown): boolean {
  if (!data || typeof data !== "object") return false;
  const shape = data as NonNullable<ActionShape>;
  return Boolean(shape.formError) || Object.keys(shape.errors ?? {}).length > 0;
}

/**
 * The error summary of a failed submit (the GOV.UK / NL Design System
 * pattern): first thing after the heading, focused (by `autofocus` in the
 * server HTML without JavaScript, by an effect with it), one link per field
 * in error. `labels` names fields whose messages alone would be ambiguous.
 */
export function ErrorSummary({
  data,
  labels = {},
}: {
  data: ActionShape;
  labels?: Record<string, string>;
}) {
  const t = useT();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const failed = hasFormErrors(data);
  useEffect(() => {
    if (failed) ref.current?.focus();
  }, [data, failed]);
  if (!failed || !data) return null;
  const fields = Object.entries(data.errors ?? {});
  return (
    <div
      ref={ref}
      className="error-summary"
      tabIndex={-1}
      autoFocus
      aria-labelledby={`${id}-title`}
      data-error-summary=""
    >
      <h2 id={`${id}-title`} className="error-summary-title">
        {t("errors.summaryTitle")}
      </h2>
      {data.formError ? <p>{t(keyFromData(data.formError.key), data.formError.params)}</p> : null}
      {fields.length ? (
        <ul className="error-summary-list">
          {fields.map(([name, key]) => (
            <li key={name}>
              <a href={`#${fieldAnchor(name)}`} onClick={focusField}>
                {labels[name] ? `${labels[name]}${/[?!.:]$/.test(labels[name]) ? "" : ":"} ` : ""}
                {t(keyFromData(key))}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** With JavaScript: focus the field and show its label or legend too (the browser alone would hide the legend above the fold). */
function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById(event.currentTarget.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  const caption =
    target.closest("fieldset")?.querySelector("legend") ??
    document.querySelector(`label[for="${target.id}"]`) ??
    target;
  caption.scrollIntoView({ block: "start" });
  target.focus({ preventScroll: true });
}

/** The form-level and field errors of an action as an error summary (kept under its old name for the forms that use it). */
export function FormError({
  data,
  labels,
}: {
  data: ActionShape;
  labels?: Record<string, string>;
}) {
  return <ErrorSummary data={data} labels={labels} />;
}

/** Errors and echoed values of the last submission, for `<Field error={...} defaultValue={...}>`. */
export function useFormState(data: unknown) {
  const shape = (data ?? {}) as {
    errors?: Record<string, string>;
    values?: Record<string, string>;
  };
  return { errors: shape.errors ?? {}, values: shape.values ?? {} };
}
