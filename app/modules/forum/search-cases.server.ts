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
 * Both sides are restricted to the space inside the index (decision 026): a
 * reply carries its case's space, and the GIN indexes hold the space next to
 * the words (a partial index for the course-wide space, space and words
 * together for a cohort's), so the search reads the matching posts of this
 * space only, never every matching reply in the country.
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
  const replySpace =
    cohortId === null ? Prisma.sql`r."cohortId" IS NULL` : Prisma.sql`r."cohortId" = ${cohortId}`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "ForumCase" c
    WHERE ${caseSpace}
      AND c."deletedAt" IS NULL
      AND (c."hiddenAt" IS NULL OR ${viewer.isStaff} OR c."authorId" = ${viewer.user.id})
      AND (
        c."search" @@ websearch_to_tsquery('dutch', ${q})
        OR c."id" IN (
          SELECT r."caseId" FROM "ForumReply" r
          WHERE ${replySpace} AND r."deletedAt" IS NULL AND r."hiddenAt" IS NULL
            AND r."search" @@ websearch_to_tsquery('dutch', ${q})
        )
      )
    ORDER BY c."lastReplyAt" DESC, c."id" DESC
    LIMIT ${SEARCH_LIMIT + 1}`;
  return rows.map((row) => row.id);
}
