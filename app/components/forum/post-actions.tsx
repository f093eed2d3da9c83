import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useT } from "../use-t";
import type { ForumActionData } from "./case-form";
import { HiddenFields, LightForm } from "./light-form";

/** Report, and for staff hide/restore: the same small forms under a case and under each reply. */
export function ModerationForms({ replyId, hidden, isStaff, actionData }: { replyId: string | null; hidden: boolean; isStaff: boolean; actionData: ForumActionData | undefined }) {
  const t = useT();
  const key = replyId ?? "casus";
  const mine = actionData?.target === key && (actionData.intent === "report" || actionData.done);
  return (
    <div className="forum-moderation">
      {mine && actionData?.done ? <p role="status" className="alert alert-success">{t(actionData.done)}</p> : null}
      <details open={mine && !actionData?.done ? true : undefined}>
        <summary>{t("forum.moderation.report")}</summary>
        <LightForm noValidate>
          <HiddenFields fields={{ intent: "report", replyId }} />
          <Field label={t("forum.moderation.reportLegend")} name="reason" error={mine ? actionData?.errors.reason : undefined} maxLength={500} />
          <Button variant="secondary">{t("forum.moderation.reportSubmit")}</Button>
        </LightForm>
      </details>
      {isStaff ? (
        hidden ? (
          <LightForm>
            <HiddenFields fields={{ intent: "restore", replyId }} />
            <Button variant="secondary">{t("forum.moderation.restore")}</Button>
          </LightForm>
        ) : (
          <details>
            <summary>{t("forum.moderation.hide")}</summary>
            <LightForm>
              <HiddenFields fields={{ intent: "hide", replyId }} />
              <Field label={t("forum.moderation.hideReason")} name="reason" maxLength={500} />
              <Button variant="danger">{t("forum.moderation.hide")}</Button>
            </LightForm>
          </details>
        )
      ) : null}
    </div>
  );
}
