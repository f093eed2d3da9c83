import { json } from "@remix-run/node";
import type { FieldErrors } from "./forms.server";

export type FormError = { key: string; params?: Record<string, string | number> };

/** The answer to a form that did not pass: the same page, with what went wrong. */
export function invalid(
  body: { errors?: FieldErrors; values?: Record<string, string>; formError?: FormError },
  status = 400,
) {
  return json(
    {
      errors: body.errors ?? {},
      values: body.values ?? {},
      formError: body.formError ?? null,
      done: null,
    },
    status,
  );
}

export function rateLimited(retryAfterMinutes: number, values: Record<string, string> = {}) {
  return json(
    {
      errors: {},
      values,
      formError: { key: "errors.rateLimited", params: { minutes: retryAfterMinutes } },
      done: null,
    },
    { status: 429, headers: { "Retry-After": String(retryAfterMinutes * 60) } },
  );
}
