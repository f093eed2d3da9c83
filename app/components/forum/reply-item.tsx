import { Form, Link } from "@remix-run/react";
import { ServerHtmlUntilChanged } from "../server-html";
import type { Thread } from "~/modules/forum/get-thread.server";
import { Button } from "../ui/button";
import { useT } from "../use-t";
import { AuthorLine } from "./author-line";
import type { ForumActionData } from "./case-form";
import { HiddenFields, LightForm } from "./light-form";
import { ModerationForms, type ModerationLinks } from "./post-actions";
import { PrivacyFindings } from "./privacy-findings";
import { TextArea } from "./text-area";

type Reply = Thread["replies"][number] & { postedAt: string };

type ReplyProps = { reply: Reply; iAmPoster: boolean; isStaff: boolean; editing: boolean; actionData: ForumActionData | undefined; search: string; moderation: ModerationLinks };

const replyClass = (reply: Reply) => `card forum-reply${reply.mostHelpful ? " is-most-helpful" : ""}`;

/** One reply: who (by sector), the sanitised Markdown, and what the viewer may do with it. */
function ReplyContent({ reply, iAmPoster, isStaff, editing, actionData, search, moderation }: ReplyProps) {
  const t = useT();
  const editData = actionData?.intent === "edit-reply" && actionData.target === reply.id ? actionData : undefined;
  return (
    <article>
      <p className="forum-meta">
        <AuthorLine author={reply.author} /> <span className="muted">· {reply.postedAt}{reply.edited ? ` · ${t("forum.edited")}` : ""}</span>
        {reply.isNew ? <> <span className="badge forum-unread">{t("forum.thread.newReply")}</span></> : null}
        {reply.mostHelpful ? <> <span className="badge forum-most-helpful">{t("forum.thread.mostHelpful")}</span></> : null}
      </p>
      {reply.deleted ? <p className="muted"><em>{t("forum.thread.deletedReply")}</em></p> : null}
      {reply.hidden && !reply.deleted ? (
        <p className="alert alert-warning">
          {reply.author.isMine ? t("forum.thread.hiddenNoteAuthor") : t("forum.thread.hiddenReply")}
          {reply.hiddenReason ? <> {t("forum.thread.hiddenReason", { reason: reply.hiddenReason })}</> : null}
        </p>
      ) : null}
      {editing && reply.body !== null ? (
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="edit-reply" />
          <input type="hidden" name="replyId" value={reply.id} />
          <p className="field-hint">{t("forum.thread.editHint")}</p>
          <TextArea label={t("forum.thread.replyLabel")} name="body" defaultValue={editData?.values.body ?? reply.body} error={editData?.errors.body} rows={6} />
          <PrivacyFindings findings={editData?.findings ?? []} />
          <div className="actions">
            <Button>{t("forum.thread.editSave")}</Button>
            <Link to={`?${search}`}>{t("forum.thread.editCancel")}</Link>
          </div>
        </Form>
      ) : reply.html !== null ? (
        <div className="forum-body" dangerouslySetInnerHTML={{ __html: reply.html }} />
      ) : null}
      {!reply.deleted ? (
        <div className="actions forum-reply-actions">
          {!reply.author.isMine && !reply.hidden ? (
            <LightForm>
              <HiddenFields fields={{ intent: "helpful", replyId: reply.id }} />
              <Button variant="secondary" aria-pressed={reply.markedHelpfulByMe}>
                {reply.markedHelpfulByMe ? t("forum.thread.helpfulUndo") : t("forum.thread.helpful")}
              </Button>
            </LightForm>
          ) : null}
          <span className="muted">{t("forum.thread.helpfulCount", { count: reply.helpfulCount })}</span>
          {iAmPoster && !reply.hidden ? (
            <LightForm>
              <HiddenFields fields={{ intent: "most-helpful", replyId: reply.id }} />
              <Button variant="secondary">{reply.mostHelpful ? t("forum.thread.unmarkMostHelpful") : t("forum.thread.markMostHelpful")}</Button>
            </LightForm>
          ) : null}
          {reply.canEdit && !editing ? <Link to={`?${withParam(search, "bewerk", reply.id)}#reactie-${reply.id}`}>{t("forum.thread.edit")}</Link> : null}
          {reply.author.isMine ? (
            <DeleteStep search={search} target={reply.id} fields={{ intent: "delete", replyId: reply.id }} label={t("forum.thread.delete")} question={t("forum.thread.deleteReplyQuestion")} confirmLabel={t("forum.thread.deleteReplyConfirm")} />
          ) : null}
        </div>
      ) : null}
      {!reply.deleted && !reply.author.isMine ? <ModerationForms replyId={reply.id} hidden={reply.hidden} isStaff={isStaff} actionData={actionData} links={moderation} /> : null}
    </article>
  );
}

/**
 * Deleting a post takes a second step: the link (`?verwijderen=<post>`) opens
 * the question with the real form and a way back, with or without JavaScript,
 * like the moderation forms (no extra forms or disclosures per reply).
 */
export function DeleteStep({ search, target, fields, label, question, confirmLabel }: { search: string; target: string; fields: Record<string, string | null>; label: string; question: string; confirmLabel: string }) {
  const t = useT();
  const params = new URLSearchParams(search);
  const open = params.get("verwijderen") === target;
  params.delete("verwijderen");
  const back = `?${params}`;
  params.set("verwijderen", target);
  if (!open) return <a href={`?${params}#verwijderen-${target}`}>{label}</a>;
  return (
    <div className="confirm-action-panel" id={`verwijderen-${target}`}>
      <p className="confirm-question">{question}</p>
      <div className="actions">
        <LightForm>
          <HiddenFields fields={fields} />
          <Button variant="danger">{confirmLabel}</Button>
        </LightForm>
        <a href={back}>{t("common.cancel")}</a>
      </div>
    </div>
  );
}

export function withParam(search: string, key: string, value: string) {
  const params = new URLSearchParams(search);
  params.set(key, value);
  return params.toString();
}

/**
 * A reply as ReplyContent renders it, except while the page hydrates: then
 * the server's HTML for the reply is kept as it is until something about the
 * reply changes, for example after "dit helpt mij". The reply's forms and
 * links are picked up by the thread's submit and click handlers.
 */
export function ServerRenderedReply(props: ReplyProps) {
  const { reply, editing, actionData, moderation } = props;
  return (
    <ServerHtmlUntilChanged
      as="li"
      id={`reactie-${reply.id}`}
      className={replyClass(reply)}
      signature={JSON.stringify([reply, editing, actionData?.target === reply.id ? actionData : null, moderation.openFor(reply.id), new URLSearchParams(props.search).get("verwijderen") === reply.id])}
    >
      <ReplyContent {...props} />
    </ServerHtmlUntilChanged>
  );
}
