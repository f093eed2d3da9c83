import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { useT } from "~/components/use-t";

/** The apology form, also shown inline on the list of evenings. */
export function ApologyForm({
  action,
  topic,
  apologised,
  reason,
  error,
}: {
  action?: string;
  topic: string;
  apologised: boolean;
  reason?: string;
  error?: string;
}) {
  const t = useT();
  return (
    <>
      <Form method="post" action={action} noValidate>
        <Field
          label={t("season.evenings.apologyReason")}
          name="reason"
          hint={t("season.evenings.apologyReasonHint")}
          defaultValue={reason}
          error={error}
          maxLength={300}
        />
        <Button variant="secondary" aria-label={t("season.evenings.apologySendLabel", { topic })}>
          {t("season.evenings.apologySend")}
        </Button>
      </Form>
      {apologised ? (
        <Form method="post" action={action}>
          <input type="hidden" name="intent" value="withdraw" />
          <Button variant="link" aria-label={t("season.evenings.apologyWithdrawLabel", { topic })}>
            {t("season.evenings.apologyWithdraw")}
          </Button>
        </Form>
      ) : null}
    </>
  );
}
