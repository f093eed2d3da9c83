import { Link } from "@remix-run/react";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useT } from "../use-t";
import type { ForumActionData } from "./case-form";
import { HiddenFields, LightForm } from "./light-form";

/** Which moderation form a post shows open: from `?melden=<post>` or `?verbergen=<post>`. */
export type OpenModeration = "report" | "hide" | null;

export function openModeration(search: string, key: string): OpenModeration {
  const params = new URLSearchParams(search);
  if (params.get("melden") === key) return "report";
  if (params.get("verbergen") === key) return "hide";
  return null;
}

/**
 * Report, and for staff hide/restore, under a case and under each reply.
 * Each post has links that open the form for that one post (`?melden=<post>`),
 * so a 50-reply thread does not carry 50 forms with a text field: the browser
 * scans every such form after loading (for autofill), and on a phone that
 * was one long task of a quarter second (decision 010).
 */
export function ModerationForms({ replyId, hidden, isStaff, actionData, search }: { replyId: string | null; hidden: boolean; isStaff: boolean; actionData: ForumActionData | undefined; search: string }) {
  const t = useT();
  const key = replyId ?? "casus";
  const answer = actionData?.target === key && actionData.intent === "report" ? actionData : undefined;
  const open = answer?.done ? null : answer ? "report" : openModeration(search, key);
  const closed = moderationSearch(search);
  const opening = (param: "melden" | "verbergen") => `${moderationSearch(search, param, key)}#moderatie-${key}`;
  return (
    <div className="forum-moderation" id={`moderatie-${key}`}>
      {answer?.done ? <p role="status" className="alert alert-success">{t(answer.done)}</p> : null}
      {open === "report" ? (
        <LightForm noValidate>
          <HiddenFields fields={{ intent: "report", replyId }} />
          <Field label={t("forum.moderation.reportLegend")} name="reason" error={answer?.errors.reason} maxLength={500} autoFocus />
          <div className="actions">
            <Button variant="secondary">{t("forum.moderation.reportSubmit")}</Button>
            <Link to={closed} preventScrollReset>{t("common.cancel")}</Link>
          </div>
        </LightForm>
      ) : open === "hide" && isStaff && !hidden ? (
        <LightForm>
          <HiddenFields fields={{ intent: "hide", replyId }} />
          <Field label={t("forum.moderation.hideReason")} name="reason" maxLength={500} autoFocus />
          <div className="actions">
            <Button variant="danger">{t("forum.moderation.hide")}</Button>
            <Link to={closed} preventScrollReset>{t("common.cancel")}</Link>
          </div>
        </LightForm>
      ) : (
        <div className="actions">
          {/* Plain links: a Remix <Link> under each of 50 replies cost the server render; the thread's click handler (useLightLinks) navigates with them. */}
          {answer?.done ? null : <a href={opening("melden")}>{t("forum.moderation.report")}</a>}
          {isStaff && !hidden ? <a href={opening("verbergen")}>{t("forum.moderation.hide")}</a> : null}
          {isStaff && hidden ? (
            <LightForm>
              <HiddenFields fields={{ intent: "restore", replyId }} />
              <Button variant="secondary">{t("forum.moderation.restore")}</Button>
            </LightForm>
          ) : null}
        </div>
      )}
    </div>
  );
}

/** The page's search with no moderation form open, or with the one for `key`. */
function moderationSearch(search: string, param?: "melden" | "verbergen", key?: string) {
  const params = new URLSearchParams(search);
  params.delete("melden");
  params.delete("verbergen");
  if (param && key) params.set(param, key);
  return `?${params}`;
}
