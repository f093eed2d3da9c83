import { useEffect, useId, useRef, type ReactNode } from "react";
import { useT } from "../use-t";

/**
 * The modal of a destructive action's second step when JavaScript runs: a
 * native `<dialog>` opened with `showModal()` (the rest of the page is inert),
 * labelled by its question, focus on "Annuleren" (the safe choice), Escape
 * closes it, and on closing focus goes back to `returnFocus` (the button or
 * link that opened it). `children` is the real form; it closes the dialog
 * when it is submitted.
 */
export function ConfirmDialog({
  question,
  onClose,
  returnFocus,
  children,
}: {
  question: string;
  onClose: () => void;
  returnFocus?: () => HTMLElement | null | undefined;
  children: ReactNode;
}) {
  const t = useT();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    element.showModal();
    cancel.current?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={`${id}-question`}
      data-confirm-dialog=""
      onClose={() => {
        onClose();
        returnFocus?.()?.focus();
      }}
      onSubmit={() => dialog.current?.close()}
    >
      <p id={`${id}-question`} className="confirm-question">
        {question}
      </p>
      <div className="actions">
        {children}
        <button
          ref={cancel}
          type="button"
          className="btn btn-secondary"
          onClick={() => dialog.current?.close()}
        >
          {t("common.cancel")}
        </button>
      </div>
    </dialog>
  );
}
