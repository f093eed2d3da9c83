import { errors } from "~/i18n/nl/errors";

/**
 * A refusal as a plain Dutch sentence. Pages show the error boundary instead;
 * downloads (CSV, PDF, ICS, JSON) have no page, so this text is what people see.
 */
export function refusal(status: 403 | 404 | 409): Response {
  const [text, statusText] =
    status === 403
      ? [errors.forbiddenPlain, "Forbidden"]
      : status === 409
        ? [errors.archivedPlain, "Conflict"]
        : [errors.notFoundPlain, "Not Found"];
  return new Response(text, {
    status,
    statusText,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
