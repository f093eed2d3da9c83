import { db } from "~/utils/db.server";
import { authorRelations, presentAuthor } from "./present-author.server";
import type { SpaceViewer } from "./space-access.server";

/** Cases per page of a space (issue 20: a national space holds thousands). */
const CASES_PER_PAGE = 30;

/**
 * Removed cases of a space that still have live replies (listed as
 * tombstones). Found apart, by index: asked inside the list query ("some
 * reply"), PostgreSQL hashed every reply of the platform (query-plans test).
 */
async function tombstoneIds(cohortId: string | null): Promise<string[]> {
  const removed = await db.forumCase.findMany({
    where: { cohortId, deletedAt: { not: null } },
    select: { id: true },
  });
  if (removed.length === 0) return [];
  const live = await db.forumReply.findMany({
    where: { caseId: { in: removed.map((row) => row.id) }, deletedAt: null },
    distinct: ["caseId"],
    select: { caseId: true },
  });
  return live.map((row) => row.caseId);
}

/** The ids of one page of the space, in list order, and whether a next page exists. */
async function pageOfSpace(viewer: SpaceViewer, page: number) {
  const tombstones = await tombstoneIds(viewer.cohortId);
  // The page's ids first, straight from the space's index in list order (migration 20261207040000):
  // asked in one query with the reply counts, PostgreSQL counted the replies of every case before
  // the page (page 50 of the course-wide space: 1,500 counts, 317 ms on the national set).
  const pageIds = await db.forumCase.findMany({
    where: {
      cohortId: viewer.cohortId,
      // A removed case stays listed (as a tombstone) while other people's replies live under it.
      AND: [
        tombstones.length
          ? { OR: [{ deletedAt: null }, { id: { in: tombstones } }] }
          : { deletedAt: null },
        viewer.isStaff ? {} : { OR: [{ hiddenAt: null }, { authorId: viewer.user.id }] },
      ],
    },
    orderBy: [{ lastReplyAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * CASES_PER_PAGE,
    // One more than a page: whether there is a next one.
    take: CASES_PER_PAGE + 1,
    select: { id: true },
  });
  return {
    shown: pageIds.slice(0, CASES_PER_PAGE).map((row) => row.id),
    hasMore: pageIds.length > CASES_PER_PAGE,
  };
}

/**
 * One page of the cases of a space, newest activity first, with an unread
 * marker per thread. Hidden cases are left out for peers (their authors still
 * see them). `onlyIds` are search hits (`searchCaseIds`): already in list order
 * and limited to what the viewer may see, so the page is a slice of them and
 * costs no query of its own.
 */
export async function listCases({
  viewer,
  onlyIds,
  page = 1,
}: {
  viewer: SpaceViewer;
  onlyIds?: string[];
  page?: number;
}) {
  const { shown, hasMore } = onlyIds
    ? // Search hits come in list order, already limited to what this viewer may see of this space.
      {
        shown: onlyIds.slice((page - 1) * CASES_PER_PAGE, page * CASES_PER_PAGE),
        hasMore: onlyIds.length > page * CASES_PER_PAGE,
      }
    : await pageOfSpace(viewer, page);
  const details = shown.length
    ? await db.forumCase.findMany({
        where: { id: { in: shown }, cohortId: viewer.cohortId },
        select: {
          id: true,
          title: true,
          themes: true,
          authorId: true,
          pseudonymous: true,
          authorDomain: true,
          authorTown: true,
          createdAt: true,
          lastReplyAt: true,
          hiddenAt: true,
          lockedAt: true,
          deletedAt: true,
          author: { select: { name: true } },
          reads: { where: { userId: viewer.user.id }, select: { lastReadAt: true } },
          _count: { select: { replies: { where: { deletedAt: null, hiddenAt: null } } } },
        },
      })
    : [];
  const byId = new Map(details.map((row) => [row.id, row]));
  const rows = shown.flatMap((id) => byId.get(id) ?? []);
  const relations = await authorRelations(
    viewer,
    rows.map((row) => row.authorId),
  );
  const cases = rows.map((row) => ({
    id: row.id,
    title: row.deletedAt ? null : row.title,
    themes: row.themes,
    town: row.authorTown,
    author: presentAuthor(row, viewer, relations),
    createdAt: row.createdAt.toISOString(),
    lastReplyAt: row.lastReplyAt.toISOString(),
    hidden: row.hiddenAt !== null,
    locked: row.lockedAt !== null,
    replyCount: row._count.replies,
    unread: row.reads.length === 0 || row.reads[0].lastReadAt < row.lastReplyAt,
  }));
  return { cases, hasMore };
}
