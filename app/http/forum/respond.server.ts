import { json } from "@remix-run/node";
import type { FieldFinding } from "~/modules/forum/privacy-check";

/** A forum form that did not pass: field errors, privacy findings, and what was typed. */
export function formProblem(
  intent: string,
  body: {
    errors?: Record<string, string>;
    values?: Record<string, string>;
    findings?: FieldFinding[];
    target?: string | null;
  },
) {
  const findings = body.findings ?? [];
  return json(
    {
      intent,
      target: body.target ?? null,
      errors: body.errors ?? {},
      values: body.values ?? {},
      findings,
      formError: {
        key:
          findings.length && !Object.keys(body.errors ?? {}).length
            ? "forum.privacy.title"
            : "errors.formHasErrors",
      },
    },
    400,
  );
}

/** Form values to echo back, as strings. */
export function echo(form: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(
    names.map((name) => [
      name,
      form
        .getAll(name)
        .filter((value): value is string => typeof value === "string")
        .join(","),
    ]),
  );
}
