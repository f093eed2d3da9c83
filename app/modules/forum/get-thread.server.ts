import { db } from "~/utils/db.server";
import { Prisma } from "~/generated/prisma/client";
import { crossSectorFromSides } from "~/modules/cohorts/cross-sector.server";
import { renderMarkdown } from "./markdown.server";
import { authorRelations, presentAuthor } from "./present-author.server";
import type { SpaceViewer } from "./space-access.server";
import { EDIT_WINDOW_MS } from "./themes";

/** Replies per page of a thread, oldest first as a conversation reads. */
const REPLIES_PER_PAGE = 20;

const authorFields = {
  authorId: true,
  pseudonymous: true,
  authorDomain: true,
  author: { select: { name: true } },
} as const;

type Domain = "SPORT" | "ZORG" | "WELZIJN" | "ANDERS";
const DOMAINS: Domain[] = ["SPORT", "ZORG", "WELZIJN", "ANDERS"];

/**
 * The replies whose writer is of another sector than the viewer's (as
 * `sectorOf` sees them): a reply of a deleted account or without a domain
 * counts as "other".
 */
function otherSectorWhere(viewerSector: ReturnType<typeof sectorOf>): Prisma.ForumReplyWhereInput {
  const domains = DOMAINS.filter((domain) => sectorOf(domain) !== viewerSector);
  if (viewerSector === "other") return { authorId: { not: null }, authorDomain: { in: domains } };
  return { OR: [{ authorId: null }, { authorDomain: null }, { authorDomain: { in: domains } }] };
}

/** The same condition in SQL, for the count of the shown replies. */
function otherSectorSql(viewerSector: ReturnType<typeof sectorOf>) {
  const domains = DOMAINS.filter((domain) => sectorOf(domain) !== viewerSector);
  const inDomains = Prisma.sql`r."authorDomain"::text IN (${Prisma.join(domains)})`;
  if (viewerSector === "other") return Prisma.sql`(r."authorId" IS NOT NULL AND ${inDomains})`;
  return Prisma.sql`(r."authorId" IS NULL OR r."authorDomain" IS NULL OR ${inDomains})`;
}

/**
 * A case with one page of its replies as this viewer may see them. The cost
 * does not grow with the thread (issue 20): one query reads the case, the
 * page's replies (with their "helpful" counts and the viewer's own marks) and
 * the viewer's read and follow state; one query counts in SQL what the page
 * says about the whole thread (all replies, the shown ones, whether any is new
 * to the viewer, whether the other world answered). Only for "last" or a page
 * past the end is the page read after the count.
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
  const viewerSector = sectorOf(viewer.user.domain);
  const replyFilter: Prisma.ForumReplyWhereInput = otherSectorOnly
    ? otherSectorWhere(viewerSector)
    : {};
  const replySelect = {
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
  } satisfies Prisma.ForumReplySelect;
  const pageArgs = (number: number) => ({
    where: replyFilter,
    orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
    skip: (number - 1) * REPLIES_PER_PAGE,
    take: REPLIES_PER_PAGE,
    select: replySelect,
  });
  const requested = page === "last" ? null : Math.max(1, Math.floor(page) || 1);
  const shownSql = otherSectorOnly ? otherSectorSql(viewerSector) : Prisma.sql`true`;
  const [found, [counts]] = await Promise.all([
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
        // For "last" the page is not known before the count: no replies here.
        replies: { ...pageArgs(requested ?? 1), take: requested === null ? 0 : REPLIES_PER_PAGE },
        followers: { where: { userId: viewer.user.id }, select: { following: true } },
      },
    }),
    db.$queryRaw<
      {
        total: number;
        shown: number;
        newer: boolean;
        lastReadAt: Date | null;
        sport: boolean;
        social: boolean;
      }[]
    >`
      SELECT t."lastReadAt",
             count(r."id")::int AS "total",
             (count(r."id") FILTER (WHERE ${shownSql}))::int AS "shown",
             coalesce(bool_or(r."createdAt" > t."lastReadAt"), false) AS "newer",
             coalesce(bool_or(r."deletedAt" IS NULL AND r."hiddenAt" IS NULL AND r."authorDomain" = 'SPORT'), false) AS "sport",
             coalesce(bool_or(r."deletedAt" IS NULL AND r."hiddenAt" IS NULL AND r."authorDomain" IN ('ZORG', 'WELZIJN')), false) AS "social"
        FROM (SELECT ${caseId}::text AS "caseId") k
        LEFT JOIN "ThreadRead" t ON t."caseId" = k."caseId" AND t."userId" = ${viewer.user.id}
        LEFT JOIN "ForumReply" r ON r."caseId" = k."caseId"
       GROUP BY t."lastReadAt"`,
  ]);
  if (!found) return null;
  const pageCount = Math.max(1, Math.ceil(counts.shown / REPLIES_PER_PAGE));
  const pageNumber = requested === null ? pageCount : Math.min(requested, pageCount);
  const pageReplies =
    requested === pageNumber
      ? found.replies
      : await db.forumReply.findMany({
          ...pageArgs(pageNumber),
          where: { ...replyFilter, caseId },
        });
  const lastReadAt = counts.lastReadAt;
  const relations = await authorRelations(viewer, [
    found.authorId,
    ...pageReplies.map((reply) => reply.authorId),
  ]);
  const caseAuthor = presentAuthor(found, viewer, relations);
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
        helpfulCount: reply._count.helpful,
        markedHelpfulByMe: reply.helpful.length > 0,
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
    totalReplies: counts.total,
    shownReplies: counts.shown,
    page: { number: pageNumber, count: pageCount, first: (pageNumber - 1) * REPLIES_PER_PAGE + 1 },
    unread: lastReadAt === null || counts.newer,
    /** Whether the viewer follows the case: their own row decides; without one, the author follows and others do not. */
    following: found.followers.length ? found.followers[0].following : caseAuthor.isMine,
    /** A case from a lesson in a cohort: waiting for, or answered by, the other world (decision 017). */
    crossSector: viewer.cohortId ? crossSectorFromSides(found, counts) : null,
  };
}

export type Thread = NonNullable<Awaited<ReturnType<typeof getThread>>>;

/** Sport on one side, care and welfare on the other: the line the course is about. */
function sectorOf(domain: string | null): "sport" | "social" | "other" {
  if (domain === "SPORT") return "sport";
  if (domain === "ZORG" || domain === "WELZIJN") return "social";
  return "other";
}
