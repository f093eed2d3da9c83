import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { Button } from "./button";

/**
 * A one-button form about one person (appoint, remove, remove a co-facilitator):
 * the intent and the person travel as hidden fields, the button names the action.
 */
export function PersonAction({
  intent,
  userId,
  variant = "secondary",
  label,
  children,
}: {
  intent: string;
  userId: string;
  variant?: "secondary" | "danger";
  /** The accessible name when the visible text does not say who it is about. */
  label?: string;
  children: ReactNode;
}) {
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="userId" value={userId} />
      <Button variant={variant} aria-label={label}>
        {children}
      </Button>
    </Form>
  );
}
