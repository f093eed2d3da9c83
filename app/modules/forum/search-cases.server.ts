import { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import type { SpaceViewer } from "./space-access.server";

/** Search hits shown at most (newest activity first); past it the page says "more than 100". */
export const SEARCH_LIMIT = 100;

/**
 * Ids of the cases in the viewer's space whose title or text, or one of whose
 * visible replies, matches the query (PostgreSQL full-text search, Dutch), the
 * most recently active first.
 *
 * Only cases are read (decision 026): a case keeps the words of its visible
 * replies ("replyWords", kept by a trigger), so PostgreSQL walks the space's
 * cases newest activity first and stops at the 101st hit, or, for a rare word,
 * reads the matches from the GIN indexes that hold the space next to the words
 * (partial for the course-wide space, space and words together for a cohort's).
 * It never reads the matching replies themselves.
 */
export async function searchCaseIds({
  viewer,
  query,
}: {
  viewer: SpaceViewer;
  query: string;
}): Promise<string[]> {
  // At most SEARCH_LIMIT + 1 ids: the page says "more than 100" rather than counting every match.
  const q = query.trim().slice(0, 200);
  if (!q) return [];
  const cohortId = viewer.cohortId;
  // Written out as IS NULL / = so that the planner can use the partial and the combined index.
  const caseSpace =
    cohortId === null ? Prisma.sql`c."cohortId" IS NULL` : Prisma.sql`c."cohortId" = ${cohortId}`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "ForumCase" c
    WHERE ${caseSpace}
      AND c."deletedAt" IS NULL
      AND (c."hiddenAt" IS NULL OR ${viewer.isStaff} OR c."authorId" = ${viewer.user.id})
      AND (c."search" @@ websearch_to_tsquery('dutch', ${q}) OR c."replyWords" @@ websearch_to_tsquery('dutch', ${q}))
    ORDER BY c."lastReplyAt" DESC, c."id" DESC
    LIMIT ${SEARCH_LIMIT + 1}`;
  return rows.map((row) => row.id);
}
