import { useEffect, useRef, useState, type ReactNode } from "react";
import { ConfirmDialog } from "./confirm-dialog";

/**
 * A destructive action behind a second step. Without JavaScript the button
 * opens a disclosure with the question and the real form (`children`); with
 * it, a modal dialog with the same. The form itself only does the deed.
 */
export function ConfirmAction({
  label,
  accessibleLabel,
  question,
  children,
  variant = "danger",
}: {
  label: string;
  accessibleLabel?: string;
  question: string;
  children: ReactNode;
  variant?: "danger" | "link" | "secondary";
}) {
  const trigger = useRef<HTMLElement>(null);
  const [enhanced, setEnhanced] = useState(false);
  const [open, setOpen] = useState(false);
  useEffect(() => setEnhanced(typeof HTMLDialogElement === "function"), []);
  return (
    <div className="confirm-action">
      <details>
        <summary
          ref={trigger}
          className={`btn btn-${variant}`}
          aria-label={accessibleLabel}
          onClick={
            enhanced
              ? (event) => {
                  event.preventDefault();
                  setOpen(true);
                }
              : undefined
          }
        >
          {label}
        </summary>
        <div className="confirm-action-panel">
          <p className="confirm-question">{question}</p>
          <div className="actions">{children}</div>
        </div>
      </details>
      {open ? (
        <ConfirmDialog
          question={question}
          onClose={() => setOpen(false)}
          returnFocus={() => trigger.current}
        >
          {children}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
