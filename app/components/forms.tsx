import { Alert } from "./ui/card";
import { useT } from "./use-t";

type ActionShape = { formError?: { key: string; params?: Record<string, string | number> } | null } | undefined;

/** The form-level error of an action, translated, announced to screen readers. */
export function FormError({ data }: { data: ActionShape }) {
  const t = useT();
  if (!data?.formError) return null;
  return <Alert tone="error">{t(data.formError.key, data.formError.params)}</Alert>;
}

/** Errors and echoed values of the last submission, for `<Field error={...} defaultValue={...}>`. */
export function useFormState(data: unknown) {
  const shape = (data ?? {}) as { errors?: Record<string, string>; values?: Record<string, string> };
  return { errors: shape.errors ?? {}, values: shape.values ?? {} };
}
