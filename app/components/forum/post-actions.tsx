import { keyFromData } from "~/i18n/translate";
import { Form, Link } from "@remix-run/react";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useT } from "../use-t";
import type { ForumActionData } from "./case-form";

type OpenModeration = "report" | "hide" | null;

/** Which post has a moderation form open (`?melden=<post>`, `?verbergen=<post>`), and the links that open or close one. */
export type ModerationLinks = {
  openFor: (key: string) => OpenModeration;
  closedHref: string;
  openHref: (param: "melden" | "verbergen", key: string) => string;
};

/** Read once per page render, not once per reply. */
export function moderationLinks(search: string): ModerationLinks {
  const params = new URLSearchParams(search);
  const reporting = params.get("melden");
  const hiding = params.get("verbergen");
  params.delete("melden");
  params.delete("verbergen");
  const rest = params.toString();
  return {
    openFor: (key) => (reporting === key ? "report" : hiding === key ? "hide" : null),
    closedHref: `?${rest}`,
    openHref: (param, key) =>
      `?${rest ? `${rest}&` : ""}${param}=${encodeURIComponent(key)}#moderatie-${key}`,
  };
}

/**
 * Report, and for staff hide/restore, under a case and under each reply.
 * Each post has links that open the form for that one post (`?melden=<post>`),
 * so a 50-reply thread does not carry 50 forms with a text field: the browser
 * scans every such form after loading (for autofill), and on a phone that
 * was one long task of a quarter second (decision 010).
 */
export function ModerationForms({
  replyId,
  hidden,
  isStaff,
  actionData,
  links,
}: {
  replyId: string | null;
  hidden: boolean;
  isStaff: boolean;
  actionData: ForumActionData | undefined;
  links: ModerationLinks;
}) {
  const t = useT();
  const key = replyId ?? "casus";
  const answer =
    actionData?.target === key && actionData.intent === "report" ? actionData : undefined;
  const open = answer?.done ? null : answer ? "report" : links.openFor(key);
  return (
    <div className="forum-moderation" id={`moderatie-${key}`}>
      {answer?.done ? (
        <p role="status" className="alert alert-success">
          {t(keyFromData(answer.done))}
        </p>
      ) : null}
      {open === "report" ? (
        <Form method="post" preventScrollReset noValidate>
          <input type="hidden" name="intent" value="report" />
          {replyId !== null ? <input type="hidden" name="replyId" value={replyId} /> : null}
          <Field
            label={t("forum.moderation.reportLegend")}
            name="reason"
            error={answer?.errors.reason}
            maxLength={500}
            autoFocus
          />
          <div className="actions">
            <Button variant="secondary">{t("forum.moderation.reportSubmit")}</Button>
            <Link to={links.closedHref} preventScrollReset>
              {t("common.cancel")}
            </Link>
          </div>
        </Form>
      ) : open === "hide" && isStaff && !hidden ? (
        <Form method="post" preventScrollReset>
          <input type="hidden" name="intent" value="hide" />
          {replyId !== null ? <input type="hidden" name="replyId" value={replyId} /> : null}
          <Field label={t("forum.moderation.hideReason")} name="reason" maxLength={500} autoFocus />
          <div className="actions">
            <Button variant="danger">{t("forum.moderation.hide")}</Button>
            <Link to={links.closedHref} preventScrollReset>
              {t("common.cancel")}
            </Link>
          </div>
        </Form>
      ) : (
        <div className="actions">
          {answer?.done ? null : (
            <Link to={links.openHref("melden", key)} preventScrollReset>
              {t("forum.moderation.report")}
            </Link>
          )}
          {isStaff && !hidden ? (
            <Link to={links.openHref("verbergen", key)} preventScrollReset>
              {t("forum.moderation.hide")}
            </Link>
          ) : null}
          {isStaff && hidden ? (
            <Form method="post" preventScrollReset>
              <input type="hidden" name="intent" value="restore" />
              {replyId !== null ? <input type="hidden" name="replyId" value={replyId} /> : null}
              <Button variant="secondary">{t("forum.moderation.restore")}</Button>
            </Form>
          ) : null}
        </div>
      )}
    </div>
  );
}
