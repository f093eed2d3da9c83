import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useT } from "../use-t";
import type { ForumActionData } from "./case-form";
import { escapeHtml } from "~/utils/html";
import { HiddenFields, hiddenFieldsHtml, LightForm } from "./light-form";

/** Report, and for staff hide/restore: the same small forms under a case and under each reply. */
export function ModerationForms({ replyId, hidden, isStaff, actionData }: { replyId: string | null; hidden: boolean; isStaff: boolean; actionData: ForumActionData | undefined }) {
  const t = useT();
  const key = replyId ?? "casus";
  const mine = actionData?.target === key && (actionData.intent === "report" || actionData.done);
  if (!mine) return <StaticModerationForms replyId={replyId} hidden={hidden} isStaff={isStaff} />;
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

/**
 * The same forms, closed and without a message, as server HTML that React
 * does not hydrate: a long thread has them under every reply, and hydrating
 * their inputs, labels and buttons cost a phone a long task. They post like
 * the React version (the thread's submit handler picks them up); once an
 * answer concerns this post, ModerationForms renders the React version.
 */
function StaticModerationForms({ replyId, hidden, isStaff }: { replyId: string | null; hidden: boolean; isStaff: boolean }) {
  const t = useT();
  const key = replyId ?? "casus";
  const hiddenInputs = (intent: string) => hiddenFieldsHtml({ intent, replyId });
  const field = (id: string, label: string) => `<div class="field"><label for="${id}">${escapeHtml(label)}</label><input id="${id}" name="reason" maxlength="500"></div>`;
  const button = (variant: string, label: string) => `<button type="submit" class="btn btn-${variant}">${escapeHtml(label)}</button>`;
  let html = `<details><summary>${escapeHtml(t("forum.moderation.report"))}</summary><form method="post" novalidate>${hiddenInputs("report")}${field(`melden-${escapeHtml(key)}`, t("forum.moderation.reportLegend"))}${button("secondary", t("forum.moderation.reportSubmit"))}</form></details>`;
  if (isStaff) {
    html += hidden
      ? `<form method="post">${hiddenInputs("restore")}${button("secondary", t("forum.moderation.restore"))}</form>`
      : `<details><summary>${escapeHtml(t("forum.moderation.hide"))}</summary><form method="post">${hiddenInputs("hide")}${field(`verbergen-${escapeHtml(key)}`, t("forum.moderation.hideReason"))}${button("danger", t("forum.moderation.hide"))}</form></details>`;
  }
  return <div className="forum-moderation" dangerouslySetInnerHTML={{ __html: html }} />;
}
