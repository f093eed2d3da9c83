import { useEffect, useRef, useState, type ReactNode } from "react";
import { useT } from "../use-t";
import { Button } from "./button";

/**
 * A destructive action behind a second step. Without JavaScript the button
 * opens a disclosure with the question and the real form (`children`); with
 * it, a modal dialog with the same. The form itself only does the deed.
 */
export function ConfirmAction({ label, question, children, variant = "danger" }: { label: string; question: string; children: ReactNode; variant?: "danger" | "link" }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(typeof HTMLDialogElement === "function"), []);
  return (
    <div className="confirm-action">
      <details>
        <summary
          className={`btn btn-${variant}`}
          onClick={
            enhanced
              ? (event) => {
                  event.preventDefault();
                  dialog.current?.showModal();
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
      {enhanced ? (
        <dialog ref={dialog} className="confirm-dialog" aria-label={question}>
          <p className="confirm-question">{question}</p>
          <div className="actions">
            {children}
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>{t("common.cancel")}</Button>
          </div>
        </dialog>
      ) : null}
    </div>
  );
}
