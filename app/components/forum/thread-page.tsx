import { keyFromData } from "~/i18n/translate";
import type { SerializeFrom } from "@remix-run/node";
import { Form, Link, useFetcher, useLocation } from "@remix-run/react";
import { useEffect, useState } from "react";
import type { loadThread } from "~/http/forum/thread-route.server";
import { ArchivedNotice } from "../cohorts/archived-notice";
import { FormError } from "../forms";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { useT } from "../use-t";
import { AuthorLine } from "./author-line";
import { CaseTextFields, type ForumActionData } from "./case-form";
import { ModerationForms, moderationLinks } from "./post-actions";
import { LivePrivacyHint } from "./live-privacy-hint";
import { PrivacyFindings } from "./privacy-findings";
import { DeleteStep, ReplyItem, withParam } from "./reply-item";
import { TextArea } from "./text-area";

type Data = SerializeFrom<typeof loadThread>;

/** A case with its replies, the reply form, and the author's and facilitator's tools. */
export function ThreadPage({
  data,
  actionData,
}: {
  data: Data;
  actionData: ForumActionData | undefined;
}) {
  const t = useT();
  const { thread, space, viewer, otherSectorOnly, editing } = data;
  const location = useLocation();
  const search = location.search.replace(/^\?/, "");
  const moderation = moderationLinks(search);
  const iAmPoster = thread.author.isMine;
  const replyData = actionData?.intent === "reply" ? actionData : undefined;
  const caseEditData = actionData?.intent === "edit-case" ? actionData : undefined;
  const canReply = !thread.locked && !thread.deleted && !thread.hidden && !viewer.archived;
  const filterBase = space.path + "/" + thread.id;
  return (
    <div className="stack">
      <p>
        <Link to={space.path}>{t("forum.thread.backToList")}</Link>
      </p>
      <MarkRead key={thread.id} unread={thread.unread} />
      {/* The heading already says so when the title is gone: say it once. */}
      {thread.deleted && thread.title !== null ? (
        <Alert tone="info">{t("forum.thread.deletedCase")}</Alert>
      ) : null}
      {thread.hidden && !thread.deleted ? (
        <Alert tone="warning">
          {thread.author.isMine ? t("forum.thread.hiddenNoteAuthor") : t("forum.thread.hiddenCase")}
          {thread.hiddenReason ? (
            <> {t("forum.thread.hiddenReason", { reason: thread.hiddenReason })}</>
          ) : null}
        </Alert>
      ) : null}
      <article className="card forum-case" aria-labelledby="casus-titel">
        <h1 id="casus-titel">
          {thread.title ??
            t(thread.deleted ? "forum.thread.deletedCase" : "forum.thread.hiddenCase")}
        </h1>
        <p className="forum-meta">
          <AuthorLine author={thread.author} town={space.cohortId ? null : thread.town} />{" "}
          <span className="muted">
            · {thread.postedAt}
            {thread.edited ? ` · ${t("forum.edited")}` : ""}
          </span>
        </p>
        {thread.crossSector ? (
          <p className={thread.crossSector === "answered" ? "status-done" : "muted"}>
            {t(`forum.thread.crossSector.${thread.crossSector}`)}
          </p>
        ) : null}
        {thread.themes.length ? (
          <ul className="forum-themes" aria-label={t("forum.themesLabel")}>
            {thread.themes.map((theme) => (
              <li key={theme}>{t(keyFromData(`forum.theme.${theme}`))}</li>
            ))}
          </ul>
        ) : null}
        {editing === "casus" && thread.title !== null ? (
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="edit-case" />
            <p className="field-hint">{t("forum.thread.editHint")}</p>
            <FormError
              data={
                caseEditData && Object.keys(caseEditData.errors).length ? caseEditData : undefined
              }
            />
            <CaseTextFields
              values={
                caseEditData?.values ?? {
                  title: thread.title,
                  situation: thread.situation ?? "",
                  whatIDid: thread.whatIDid ?? "",
                  question: thread.question ?? "",
                }
              }
              errors={caseEditData?.errors ?? {}}
            />
            <PrivacyFindings findings={caseEditData?.findings ?? []} />
            <div className="actions">
              <Button>{t("forum.thread.editSave")}</Button>
              <Link
                to={`?${new URLSearchParams(search).has("andere-sector") ? "andere-sector=1" : ""}`}
              >
                {t("forum.thread.editCancel")}
              </Link>
            </div>
          </Form>
        ) : thread.situation !== null ? (
          <>
            <h2>{t("forum.thread.situation")}</h2>
            <p className="forum-text">{thread.situation}</p>
            <h2>{t("forum.thread.whatIDid")}</h2>
            <p className="forum-text">{thread.whatIDid}</p>
            <h2>{t("forum.thread.question")}</h2>
            <p className="forum-text forum-question">{thread.question}</p>
          </>
        ) : null}
        <div className="actions">
          {thread.canEdit && editing !== "casus" ? (
            <Link to={`?${withParam(search, "bewerk", "casus")}`}>{t("forum.thread.edit")}</Link>
          ) : null}
          {iAmPoster && !thread.deleted && thread.edited ? (
            <Form method="post">
              <input type="hidden" name="intent" value="forget-history" />
              <Button variant="link">{t("forum.thread.forgetHistory")}</Button>
            </Form>
          ) : null}
          {iAmPoster && !thread.deleted ? (
            <DeleteStep
              search={search}
              target="casus"
              fields={{ intent: "delete" }}
              label={t("forum.thread.deleteCase")}
              question={t("forum.thread.deleteCaseQuestion")}
              confirmLabel={t("forum.thread.deleteCaseConfirm")}
            />
          ) : null}
          {!thread.deleted ? (
            <Form method="post">
              <input type="hidden" name="intent" value={viewer.following ? "unfollow" : "follow"} />
              <span className="muted">
                {viewer.following ? t("notify.follow.following") : t("notify.follow.notFollowing")}
              </span>{" "}
              <Button variant="secondary">
                {viewer.following ? t("notify.follow.unfollow") : t("notify.follow.follow")}
              </Button>
            </Form>
          ) : null}
          {viewer.isStaff && !viewer.archived ? (
            <Form method="post">
              <input type="hidden" name="intent" value={thread.locked ? "unlock" : "lock"} />
              <Button variant="secondary">
                {thread.locked ? t("forum.moderation.unlock") : t("forum.moderation.lock")}
              </Button>
            </Form>
          ) : null}
        </div>
        {!thread.deleted && (!iAmPoster || viewer.isStaff) ? (
          <ModerationForms
            replyId={null}
            hidden={thread.hidden}
            isStaff={viewer.isStaff}
            actionData={actionData}
            links={moderation}
          />
        ) : null}
      </article>

      <section aria-labelledby="reacties-titel" className="stack">
        <h2 id="reacties-titel">
          {t("forum.thread.repliesTitle")} ({thread.totalReplies})
        </h2>
        <nav aria-label={t("forum.thread.filterLegend")} className="forum-filter">
          <Link to={filterBase} aria-current={!otherSectorOnly ? "page" : undefined}>
            {t("forum.thread.filterAll")}
          </Link>
          <Link
            to={`${filterBase}?andere-sector=1`}
            aria-current={otherSectorOnly ? "page" : undefined}
          >
            {t("forum.thread.filterOther")}
          </Link>
        </nav>
        {otherSectorOnly ? (
          <p className="muted">
            {t("forum.thread.showingOther", {
              shown: thread.shownReplies,
              total: thread.totalReplies,
            })}
          </p>
        ) : null}
        {thread.replies.length === 0 ? (
          <p>{otherSectorOnly ? t("forum.thread.noOtherSector") : t("forum.thread.noReplies")}</p>
        ) : null}
        <ol className="forum-replies">
          {thread.replies.map((reply) => (
            <ReplyItem
              key={reply.id}
              reply={reply}
              iAmPoster={iAmPoster}
              isStaff={viewer.isStaff}
              archived={viewer.archived}
              editing={editing === reply.id}
              actionData={actionData}
              search={search}
              moderation={moderation}
            />
          ))}
        </ol>
        <ReplyPages
          page={thread.page}
          shown={thread.replies.length}
          total={thread.shownReplies}
          search={search}
        />
        {thread.locked ? <Alert tone="info">{t("forum.thread.locked")}</Alert> : null}
        <ArchivedNotice archived={viewer.archived} />
        {canReply ? (
          <Form method="post" noValidate className="card" key={data.replyKey}>
            <h2>{t("forum.thread.replyTitle")}</h2>
            <FormError
              data={replyData && Object.keys(replyData.errors).length ? replyData : undefined}
            />
            <input type="hidden" name="intent" value="reply" />
            <input type="hidden" name="idempotencyKey" value={data.replyKey} />
            <TextArea
              label={t("forum.thread.replyLabel")}
              name="body"
              hint={t("forum.form.markdownHint")}
              defaultValue={replyData?.values.body}
              error={replyData?.errors.body}
              rows={6}
            />
            <LivePrivacyHint fields={["body"]} />
            <label className="checkbox field">
              <input
                type="checkbox"
                name="pseudonymous"
                defaultChecked={replyData?.values.pseudonymous === "on"}
              />
              <span>{t("forum.thread.replyPseudonymous")}</span>
            </label>
            <PrivacyFindings findings={replyData?.findings ?? []} />
            <Button>{t("forum.thread.replySubmit")}</Button>
          </Form>
        ) : null}
      </section>
    </div>
  );
}

/** "Reacties 21 tot en met 40 van 50" with links to the earlier and later replies (20 per page). */
function ReplyPages({
  page,
  shown,
  total,
  search,
}: {
  page: { number: number; count: number; first: number };
  shown: number;
  total: number;
  search: string;
}) {
  const t = useT();
  if (page.count <= 1) return null;
  const to = (number: number) => `?${withParam(search, "pagina", String(number))}#reacties-titel`;
  return (
    <nav aria-label={t("forum.thread.pagesLabel")} className="actions">
      <p className="muted">
        {t("forum.thread.pageRange", { from: page.first, to: page.first + shown - 1, total })}
      </p>
      {page.number > 1 ? (
        <Link to={to(page.number - 1)}>{t("forum.thread.pageEarlier")}</Link>
      ) : null}
      {page.number < page.count ? (
        <Link to={to(page.number + 1)}>{t("forum.thread.pageLater")}</Link>
      ) : null}
    </nav>
  );
}

/**
 * Reading is not a state change on GET: with JavaScript the page posts
 * "read" by itself once it has shown; without it, the button does the same.
 * Once marked, a note of the button's height takes its place, so that the
 * replies below do not jump up while someone starts reading.
 */
function MarkRead({ unread }: { unread: boolean }) {
  const t = useT();
  const fetcher = useFetcher();
  const submit = fetcher.submit;
  const [shown] = useState(unread);
  useEffect(() => {
    if (unread) submit({ intent: "read", js: "1" }, { method: "post" });
  }, [unread, submit]);
  if (!shown) return null;
  if (!unread || fetcher.state !== "idle" || fetcher.data) {
    return (
      <p className="forum-mark-read muted" role="status">
        {t("forum.thread.markedRead")}
      </p>
    );
  }
  return (
    <Form method="post" className="forum-mark-read">
      <input type="hidden" name="intent" value="read" />
      <Button variant="secondary">{t("forum.thread.markRead")}</Button>
    </Form>
  );
}
