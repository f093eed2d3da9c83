import { Link } from "@remix-run/react";
import { useT } from "../use-t";

const KEYS = {
  403: ["errors.forbiddenTitle", "errors.forbiddenText"],
  404: ["errors.notFoundTitle", "errors.notFoundText"],
  409: ["errors.archivedTitle", "errors.archivedText"],
  503: ["errors.unavailableTitle", "errors.unavailableText"],
} as const;

/** The catalogue key of the heading (and page title) shown for an error status. */
export function errorTitleKey(status: number): string {
  return (KEYS[status as keyof typeof KEYS] ?? ["errors.genericTitle"])[0];
}

/** A friendly Dutch page for 403, 404, 409 (an archived group), 503 and everything else. */
export function ErrorPage({ status }: { status: number }) {
  const t = useT();
  const [title, text] = KEYS[status as keyof typeof KEYS] ?? [
    "errors.genericTitle",
    "errors.genericText",
  ];
  return (
    <div className="error-page">
      <h1>{t(title)}</h1>
      <p>{t(text)}</p>
      <p className="muted">{status}</p>
      <p>
        <Link className="btn btn-secondary" to="/">
          {t("errors.goHome")}
        </Link>
      </p>
    </div>
  );
}
