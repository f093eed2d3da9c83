import { db } from "~/utils/db.server";
import { crossSectorState } from "~/modules/cohorts/cross-sector.server";
import { renderMarkdown } from "./markdown.server";
import { authorRelations, presentAuthor } from "./present-author.server";
import type { SpaceViewer } from "./space-access.server";
import { EDIT_WINDOW_MS } from "./themes";

/** Replies per page of a thread, oldest first as a conversation reads. */
const REPLIES_PER_PAGE = 20;

const authorFields = { authorId: true, pseudonymous: true, authorDomain: true, author: { select: { name: true } } } as const;

/**
 * A case with its replies as this viewer may see them, in a fixed number of
 * queries whatever the number of replies: one for the case, its replies and
 * their "helpful" counts and the viewer's own marks, one for the read state.
 * `otherSectorOnly` keeps the replies from a different domain than the viewer's.
 * Only one page of replies is rendered (`page` from 1, or "last").
 */
export async function getThread({ viewer, caseId, otherSectorOnly = false, page = 1, now = new Date() }: { viewer: SpaceViewer; caseId: string; otherSectorOnly?: boolean; page?: number | "last"; now?: Date }) {
  const [found, read] = await Promise.all([
    db.forumCase.findFirst({
      where: { id: caseId, cohortId: viewer.cohortId },
      select: {
        id: true,
        title: true,
        situation: true,
        whatIDid: true,
        question: true,
        themes: true,
        moduleKey: true,
        authorTown: true,
        createdAt: true,
        editedAt: true,
        hiddenAt: true,
        hiddenReason: true,
        lockedAt: true,
        deletedAt: true,
        ...authorFields,
        replies: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            body: true,
            mostHelpful: true,
            createdAt: true,
            editedAt: true,
            hiddenAt: true,
            hiddenReason: true,
            deletedAt: true,
            ...authorFields,
            helpful: { where: { userId: viewer.user.id }, select: { userId: true } },
            _count: { select: { helpful: true } },
          },
        },
      },
    }),
    db.threadRead.findUnique({ where: { userId_caseId: { userId: viewer.user.id, caseId } }, select: { lastReadAt: true } }),
  ]);
  if (!found) return null;
  const relations = await authorRelations(viewer, [found.authorId, ...found.replies.map((reply) => reply.authorId)]);
  const caseAuthor = presentAuthor(found, viewer, relations);
  const caseHidden = found.hiddenAt !== null;
  // Peers do not get the text of a hidden or deleted case; its author still sees a hidden one, with the note.
  const showCaseText = found.deletedAt === null && (!caseHidden || viewer.isStaff || caseAuthor.isMine);
  const lastReadAt = read?.lastReadAt ?? null;
  const viewerSector = sectorOf(viewer.user.domain);

  const shown = found.replies
    .map((reply) => ({ reply, author: presentAuthor(reply, viewer, relations) }))
    .filter(({ author }) => !otherSectorOnly || sectorOf(author.domain) !== viewerSector);
  const pageCount = Math.max(1, Math.ceil(shown.length / REPLIES_PER_PAGE));
  const pageNumber = page === "last" ? pageCount : Math.min(Math.max(1, Math.floor(page)), pageCount);
  const replies = shown
    .slice((pageNumber - 1) * REPLIES_PER_PAGE, pageNumber * REPLIES_PER_PAGE)
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
        helpfulCount: reply._count.helpful,
        markedHelpfulByMe: reply.helpful.length > 0,
        createdAt: reply.createdAt.toISOString(),
        edited: reply.editedAt !== null,
        hidden,
        hiddenReason: hidden && (viewer.isStaff || author.isMine) ? reply.hiddenReason : null,
        deleted,
        isNew: lastReadAt !== null && reply.createdAt > lastReadAt && !author.isMine,
        canEdit: author.isMine && !deleted && now.getTime() - reply.createdAt.getTime() < EDIT_WINDOW_MS,
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
    canEdit: caseAuthor.isMine && found.deletedAt === null && now.getTime() - found.createdAt.getTime() < EDIT_WINDOW_MS,
    replies,
    totalReplies: found.replies.length,
    shownReplies: shown.length,
    page: { number: pageNumber, count: pageCount, first: (pageNumber - 1) * REPLIES_PER_PAGE + 1 },
    unread: lastReadAt === null || found.replies.some((reply) => reply.createdAt > lastReadAt),
    /** A case from a lesson in a cohort: waiting for, or answered by, the other world (decision 017). */
    crossSector: viewer.cohortId ? crossSectorState(found) : null,
  };
}

export type Thread = NonNullable<Awaited<ReturnType<typeof getThread>>>;

/** Sport on one side, care and welfare on the other: the line the course is about. */
function sectorOf(domain: string | null): "sport" | "social" | "other" {
  if (domain === "SPORT") return "sport";
  if (domain === "ZORG" || domain === "WELZIJN") return "social";
  return "other";
}
