import { useSubmit } from "@remix-run/react";
import type { FormEvent, FormHTMLAttributes, ReactNode } from "react";

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
