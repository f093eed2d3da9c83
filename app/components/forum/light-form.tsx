import { useNavigate, useSubmit } from "@remix-run/react";
import type { FormEvent, FormHTMLAttributes, MouseEvent, ReactNode } from "react";
import { escapeHtml } from "~/utils/html";

/**
 * A plain HTML form posting to the page itself. A thread shows a few small
 * forms per reply (helpful, report, hide); as Remix <Form>s each one runs the
 * router's hooks while the page renders, which made a 50-reply thread twice
 * as slow to serve. They work without JavaScript as they are; with it,
 * `useLightForms` on the page submits them through Remix, like <Form> would.
 */
export function LightForm({ children, ...props }: { children: ReactNode } & Omit<FormHTMLAttributes<HTMLFormElement>, "method" | "action">) {
  return (
    <form method="post" {...props}>
      {children}
    </form>
  );
}

/** An onSubmit handler for a container of LightForms (a Remix <Form> handles its own submit). */
export function useLightForms() {
  const submit = useSubmit();
  return (event: FormEvent<HTMLElement>) => {
    if (event.defaultPrevented || !(event.target instanceof HTMLFormElement)) return;
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    submit(submitter instanceof HTMLButtonElement ? submitter : event.target, { method: "post" });
  };
}


/**
 * An onClick handler for a container of server HTML that React did not
 * hydrate: its links to this site navigate through Remix, as a <Link> would,
 * instead of loading the whole page again.
 */
export function useLightLinks() {
  const navigate = useNavigate();
  return (event: MouseEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute("download")) return;
    const url = new URL(link.href);
    if (url.origin !== window.location.origin) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash, { preventScrollReset: true });
  };
}

/**
 * Hidden inputs as server HTML that React leaves alone when it hydrates:
 * React touches every <input> it hydrates (it resets `name` and `value`),
 * which with a few per reply made the browser redo style and layout for a
 * 50-reply thread. The values are escaped; they are ids and fixed intents.
 */
export function HiddenFields({ fields }: { fields: Record<string, string | null> }) {
  return <span className="hidden-fields" dangerouslySetInnerHTML={{ __html: hiddenFieldsHtml(fields) }} />;
}

/** The hidden inputs as an HTML string (fields that are null are left out). */
function hiddenFieldsHtml(fields: Record<string, string | null>): string {
  return Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join("");
}
