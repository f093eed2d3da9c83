import type { z } from "zod";

export type FieldErrors = Record<string, string>;

export type Parsed<T> =
  { ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/**
 * Parses a submitted form with a zod schema. Field errors are catalogue keys
 * (first error per field); the submitted values come back so that the form
 * can be shown again without losing what was typed.
 */
export function parseForm<S extends z.ZodTypeAny>(
  form: FormData,
  schema: S,
  omitFromEcho: string[] = ["password", "confirm", "current"],
): Parsed<z.infer<S>> {
  const raw: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string") raw[key] = value;
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".") || "form";
    errors[key] ??= issue.message.includes(".") ? issue.message : "errors.invalid";
  }
  const values = Object.fromEntries(
    Object.entries(raw).filter(([key]) => !omitFromEcho.includes(key)),
  );
  return { ok: false, errors, values };
}
