import { Form, Link } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { ConfirmDialog } from "../ui/confirm-dialog";
import type { Thread } from "~/modules/forum/get-thread.server";
import { Button } from "../ui/button";
import { useT } from "../use-t";
import { AuthorLine } from "./author-line";
import type { ForumActionData } from "./case-form";
import { ModerationForms, type ModerationLinks } from "./post-actions";
import { LivePrivacyHint } from "./live-privacy-hint";
import { PrivacyFindings } from "./privacy-findings";
import { TextArea } from "./text-area";

type Reply = Thread["replies"][number] & { postedAt: string };

type ReplyProps = {
  reply: Reply;
  iAmPoster: boolean;
  isStaff: boolean;
  /** An archived cohort: no marking helpful (the action refuses it). */
  archived: boolean;
  editing: boolean;
  actionData: ForumActionData | undefined;
  search: string;
  moderation: ModerationLinks;
};

const replyClass = (reply: Reply) =>
  `card forum-reply${reply.mostHelpful ? " is-most-helpful" : ""}`;

/** One reply: who (by sector), the sanitised Markdown, and what the viewer may do with it. */
function ReplyContent({
  reply,
  iAmPoster,
  isStaff,
  archived,
  editing,
  actionData,
  search,
  moderation,
}: ReplyProps) {
  const t = useT();
  const editData =
    actionData?.intent === "edit-reply" && actionData.target === reply.id ? actionData : undefined;
  return (
    <article>
      <p className="forum-meta">
        <AuthorLine author={reply.author} />{" "}
        <span className="muted">
          · {reply.postedAt}
          {reply.edited ? ` · ${t("forum.edited")}` : ""}
        </span>
        {reply.isNew ? (
          <>
            {" "}
            <span className="badge forum-unread">{t("forum.thread.newReply")}</span>
          </>
        ) : null}
        {reply.mostHelpful ? (
          <>
            {" "}
            <span className="badge forum-most-helpful">{t("forum.thread.mostHelpful")}</span>
          </>
        ) : null}
      </p>
      {reply.deleted ? (
        <p className="muted">
          <em>{t("forum.thread.deletedReply")}</em>
        </p>
      ) : null}
      {reply.hidden && !reply.deleted ? (
        <p className="alert alert-warning">
          {reply.author.isMine ? t("forum.thread.hiddenNoteAuthor") : t("forum.thread.hiddenReply")}
          {reply.hiddenReason ? (
            <> {t("forum.thread.hiddenReason", { reason: reply.hiddenReason })}</>
          ) : null}
        </p>
      ) : null}
      {editing && reply.body !== null ? (
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="edit-reply" />
          <input type="hidden" name="replyId" value={reply.id} />
          <p className="field-hint">{t("forum.thread.editHint")}</p>
          <TextArea
            label={t("forum.thread.replyLabel")}
            name="body"
            defaultValue={editData?.values.body ?? reply.body}
            error={editData?.errors.body}
            rows={6}
          />
          <LivePrivacyHint fields={["body"]} />
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
          {!reply.author.isMine && !reply.hidden && !archived ? (
            <Form method="post" preventScrollReset>
              <input type="hidden" name="intent" value="helpful" />
              <input type="hidden" name="replyId" value={reply.id} />
              <Button variant="secondary" aria-pressed={reply.markedHelpfulByMe}>
                {reply.markedHelpfulByMe
                  ? t("forum.thread.helpfulUndo")
                  : t("forum.thread.helpful")}
              </Button>
            </Form>
          ) : null}
          <span className="muted">
            {t("forum.thread.helpfulCount", { count: reply.helpfulCount })}
          </span>
          {iAmPoster && !reply.hidden && !archived ? (
            <Form method="post" preventScrollReset>
              <input type="hidden" name="intent" value="most-helpful" />
              <input type="hidden" name="replyId" value={reply.id} />
              <Button variant="secondary">
                {reply.mostHelpful
                  ? t("forum.thread.unmarkMostHelpful")
                  : t("forum.thread.markMostHelpful")}
              </Button>
            </Form>
          ) : null}
          {reply.canEdit && !editing ? (
            <Link to={`?${withParam(search, "bewerk", reply.id)}#reactie-${reply.id}`}>
              {t("forum.thread.edit")}
            </Link>
          ) : null}
          {reply.author.isMine && reply.edited ? (
            <Form method="post" preventScrollReset>
              <input type="hidden" name="intent" value="forget-history" />
              <input type="hidden" name="replyId" value={reply.id} />
              <Button variant="link">{t("forum.thread.forgetHistory")}</Button>
            </Form>
          ) : null}
          {reply.author.isMine ? (
            <DeleteStep
              search={search}
              target={reply.id}
              fields={{ intent: "delete", replyId: reply.id }}
              label={t("forum.thread.delete")}
              question={t("forum.thread.deleteReplyQuestion")}
              confirmLabel={t("forum.thread.deleteReplyConfirm")}
            />
          ) : null}
        </div>
      ) : null}
      {!reply.deleted && !reply.author.isMine ? (
        <ModerationForms
          replyId={reply.id}
          hidden={reply.hidden}
          isStaff={isStaff}
          actionData={actionData}
          links={moderation}
        />
      ) : null}
    </article>
  );
}

/**
 * Deleting a post takes a second step. Without JavaScript the link
 * (`?verwijderen=<post>`) opens the question with the real form and a way
 * back in the page, like the moderation forms; with it, the same link opens
 * the question as a modal dialog (no extra forms or dialogs per reply until
 * one is asked for).
 */
export function DeleteStep({
  search,
  target,
  fields,
  label,
  question,
  confirmLabel,
}: {
  search: string;
  target: string;
  fields: Record<string, string | null>;
  label: string;
  question: string;
  confirmLabel: string;
}) {
  const t = useT();
  const trigger = useRef<HTMLAnchorElement>(null);
  const [enhanced, setEnhanced] = useState(false);
  const [asking, setAsking] = useState(false);
  useEffect(() => setEnhanced(typeof HTMLDialogElement === "function"), []);
  const params = new URLSearchParams(search);
  const open = params.get("verwijderen") === target;
  params.delete("verwijderen");
  const back = `?${params}`;
  params.set("verwijderen", target);
  const form = (
    <Form method="post" preventScrollReset>
      {Object.entries(fields).map(([name, value]) =>
        value === null ? null : <input key={name} type="hidden" name={name} value={value} />,
      )}
      <Button variant="danger">{confirmLabel}</Button>
    </Form>
  );
  if (!open) {
    return (
      <>
        <Link
          ref={trigger}
          to={`?${params}#verwijderen-${target}`}
          preventScrollReset
          onClick={
            enhanced
              ? (event) => {
                  event.preventDefault();
                  setAsking(true);
                }
              : undefined
          }
        >
          {label}
        </Link>
        {asking ? (
          <ConfirmDialog
            question={question}
            onClose={() => setAsking(false)}
            returnFocus={() => trigger.current}
          >
            {form}
          </ConfirmDialog>
        ) : null}
      </>
    );
  }
  return (
    <div className="confirm-action-panel" id={`verwijderen-${target}`}>
      <p className="confirm-question">{question}</p>
      <div className="actions">
        {form}
        <Link to={back} preventScrollReset>
          {t("common.cancel")}
        </Link>
      </div>
    </div>
  );
}

export function withParam(search: string, key: string, value: string) {
  const params = new URLSearchParams(search);
  params.set(key, value);
  return params.toString();
}

/** One reply of a thread, as an item of its list. */
export function ReplyItem(props: ReplyProps) {
  return (
    <li id={`reactie-${props.reply.id}`} className={replyClass(props.reply)}>
      <ReplyContent {...props} />
    </li>
  );
}
