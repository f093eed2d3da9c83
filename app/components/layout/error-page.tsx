import { Link } from "@remix-run/react";
import { useT } from "../use-t";

const KEYS = {
  403: ["errors.forbiddenTitle", "errors.forbiddenText"],
  404: ["errors.notFoundTitle", "errors.notFoundText"],
  503: ["errors.unavailableTitle", "errors.unavailableText"],
} as const;

/** A friendly Dutch page for 403, 404, 503 and everything else. */
export function ErrorPage({ status }: { status: number }) {
  const t = useT();
  const [title, text] = KEYS[status as keyof typeof KEYS] ?? ["errors.genericTitle", "errors.genericText"];
  return (
    <div className="error-page">
      <h1>{t(title)}</h1>
      <p>{t(text)}</p>
      <p className="muted">{status}</p>
      <p><Link className="btn btn-secondary" to="/">{t("errors.goHome")}</Link></p>
    </div>
  );
}
