import { db } from "~/utils/db.server";
import { crossSectorFromSides } from "~/modules/cohorts/cross-sector.server";
import { renderMarkdown } from "./markdown.server";
import { authorRelations, presentAuthor } from "./present-author.server";
import type { SpaceViewer } from "./space-access.server";
import { EDIT_WINDOW_MS } from "./themes";

/** Replies per page of a thread, oldest first as a conversation reads. */
const REPLIES_PER_PAGE = 20;

type Domain = "SPORT" | "ZORG" | "WELZIJN" | "ANDERS";
const DOMAINS: Domain[] = ["SPORT", "ZORG", "WELZIJN", "ANDERS"];

/** A row of `thread_page` (migration 20261211010000): the case and its counts, with one reply of the page or none. */
type ThreadRow = {
  id: string;
  title: string;
  situation: string;
  whatIDid: string;
  question: string;
  themes: string[];
  moduleKey: string | null;
  authorTown: string | null;
  createdAt: Date;
  editedAt: Date | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  lockedAt: Date | null;
  deletedAt: Date | null;
  authorId: string | null;
  pseudonymous: boolean;
  authorDomain: Domain | null;
  authorName: string | null;
  following: boolean | null;
  lastReadAt: Date | null;
  total: number;
  shown: number;
  newer: boolean;
  sport: boolean;
  social: boolean;
  pageNumber: number;
  pageCount: number;
  replyId: string | null;
  replyBody: string;
  replyMostHelpful: boolean;
  replyCreatedAt: Date;
  replyEditedAt: Date | null;
  replyHiddenAt: Date | null;
  replyHiddenReason: string | null;
  replyDeletedAt: Date | null;
  replyAuthorId: string | null;
  replyPseudonymous: boolean;
  replyAuthorDomain: Domain | null;
  replyAuthorName: string | null;
  replyHelpfulCount: number;
  replyMarkedByMe: boolean;
};

/**
 * Which replies "other sector only" keeps, as `thread_page` takes it: the
 * domains of another sector than the viewer's (as `sectorOf` sees them), and
 * whether a reply of a deleted account or without a domain counts as "other"
 * (it does, unless the viewer is of no sector themselves).
 */
function otherSectorFilter(viewerSector: ReturnType<typeof sectorOf>) {
  const domains = DOMAINS.filter((domain) => sectorOf(domain) !== viewerSector);
  return { domains, orphans: viewerSector !== "other" };
}

/**
 * A case with one page of its replies as this viewer may see them. The cost
 * does not grow with the thread (issue 20), and it is one round trip: the
 * database function `thread_page` reads the case, counts what the page says
 * about the whole thread (all replies, the shown ones, whether any is new to
 * the viewer, whether the other world answered), picks the page (the last
 * for "last", the last there is for a page past the end) and reads its
 * replies with their "helpful" counts and the viewer's own marks. Its plan is
 * prepared once per connection (decision 038).
 * `otherSectorOnly` keeps the replies from a different domain than the viewer's.
 */
export async function getThread({
  viewer,
  caseId,
  otherSectorOnly = false,
  page = 1,
  now = new Date(),
}: {
  viewer: SpaceViewer;
  caseId: string;
  otherSectorOnly?: boolean;
  page?: number | "last";
  now?: Date;
}) {
  const filter = otherSectorOnly ? otherSectorFilter(sectorOf(viewer.user.domain)) : null;
  const requested = page === "last" ? null : Math.max(1, Math.floor(page) || 1);
  const rows = await db.$queryRaw<ThreadRow[]>`
    SELECT * FROM thread_page(${caseId}, ${viewer.cohortId}, ${viewer.user.id}, ${requested}::int,
                              ${REPLIES_PER_PAGE}::int, ${filter?.domains ?? null}::text[], ${filter?.orphans ?? false})`;
  const found = rows[0];
  if (!found) return null;
  const { pageNumber, pageCount, lastReadAt } = found;
  const pageReplies = rows
    .filter((row) => row.replyId !== null)
    .map((row) => ({
      id: row.replyId!,
      body: row.replyBody,
      mostHelpful: row.replyMostHelpful,
      createdAt: row.replyCreatedAt,
      editedAt: row.replyEditedAt,
      hiddenAt: row.replyHiddenAt,
      hiddenReason: row.replyHiddenReason,
      deletedAt: row.replyDeletedAt,
      authorId: row.replyAuthorId,
      pseudonymous: row.replyPseudonymous,
      authorDomain: row.replyAuthorDomain,
      author: row.replyAuthorName === null ? null : { name: row.replyAuthorName },
      helpfulCount: row.replyHelpfulCount,
      markedHelpfulByMe: row.replyMarkedByMe,
    }));
  const relations = await authorRelations(viewer, [
    found.authorId,
    ...pageReplies.map((reply) => reply.authorId),
  ]);
  const caseAuthor = presentAuthor(
    { ...found, author: found.authorName === null ? null : { name: found.authorName } },
    viewer,
    relations,
  );
  const caseHidden = found.hiddenAt !== null;
  // Peers do not get the text of a hidden or deleted case; its author still sees a hidden one, with the note.
  const showCaseText =
    found.deletedAt === null && (!caseHidden || viewer.isStaff || caseAuthor.isMine);

  const replies = pageReplies
    .map((reply) => ({ reply, author: presentAuthor(reply, viewer, relations) }))
    .map(({ reply, author }) => {
      const hidden = reply.hiddenAt !== null;
      const deleted = reply.deletedAt !== null;
      const showText = !deleted && (!hidden || viewer.isStaff || author.isMine);
      return {
        id: reply.id,
        author,
        html: showText ? renderMarkdown(reply.body) : null,
        body: showText && author.isMine ? reply.body : null,
        mostHelpful: reply.mostHelpful && !deleted && !hidden,
        helpfulCount: reply.helpfulCount,
        markedHelpfulByMe: reply.markedHelpfulByMe,
        createdAt: reply.createdAt.toISOString(),
        edited: reply.editedAt !== null,
        hidden,
        hiddenReason: hidden && (viewer.isStaff || author.isMine) ? reply.hiddenReason : null,
        deleted,
        isNew: lastReadAt !== null && reply.createdAt > lastReadAt && !author.isMine,
        canEdit:
          author.isMine && !deleted && now.getTime() - reply.createdAt.getTime() < EDIT_WINDOW_MS,
      };
    });

  return {
    id: found.id,
    title: showCaseText ? found.title : null,
    situation: showCaseText ? found.situation : null,
    whatIDid: showCaseText ? found.whatIDid : null,
    question: showCaseText ? found.question : null,
    themes: found.themes,
    town: found.authorTown,
    author: caseAuthor,
    createdAt: found.createdAt.toISOString(),
    edited: found.editedAt !== null,
    hidden: caseHidden,
    hiddenReason: caseHidden && (viewer.isStaff || caseAuthor.isMine) ? found.hiddenReason : null,
    locked: found.lockedAt !== null,
    deleted: found.deletedAt !== null,
    canEdit:
      caseAuthor.isMine &&
      found.deletedAt === null &&
      now.getTime() - found.createdAt.getTime() < EDIT_WINDOW_MS,
    replies,
    totalReplies: found.total,
    shownReplies: found.shown,
    page: { number: pageNumber, count: pageCount, first: (pageNumber - 1) * REPLIES_PER_PAGE + 1 },
    unread: lastReadAt === null || found.newer,
    /** Whether the viewer follows the case: their own row decides; without one, the author follows and others do not. */
    following: found.following ?? caseAuthor.isMine,
    /** A case from a lesson in a cohort: waiting for, or answered by, the other world (decision 017). */
    crossSector: viewer.cohortId ? crossSectorFromSides(found, found) : null,
  };
}

export type Thread = NonNullable<Awaited<ReturnType<typeof getThread>>>;

/** Sport on one side, care and welfare on the other: the line the course is about. */
function sectorOf(domain: string | null): "sport" | "social" | "other" {
  if (domain === "SPORT") return "sport";
  if (domain === "ZORG" || domain === "WELZIJN") return "social";
  return "other";
}
