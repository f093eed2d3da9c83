import { db } from "~/utils/db.server";
import type { SpaceViewer } from "./space-access.server";

/**
 * Ids of the cases in the viewer's space whose title or text, or one of whose
 * visible replies, matches the query (PostgreSQL full-text search, Dutch).
 */
export async function searchCaseIds({ viewer, query }: { viewer: SpaceViewer; query: string }): Promise<string[]> {
  const q = query.trim().slice(0, 200);
  if (!q) return [];
  const cohortId = viewer.cohortId;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "ForumCase" c
    WHERE c."cohortId" IS NOT DISTINCT FROM ${cohortId}
      AND c."deletedAt" IS NULL
      AND (c."hiddenAt" IS NULL OR ${viewer.isStaff} OR c."authorId" = ${viewer.user.id})
      AND (
        c."search" @@ websearch_to_tsquery('dutch', ${q})
        OR EXISTS (
          SELECT 1 FROM "ForumReply" r
          WHERE r."caseId" = c."id" AND r."deletedAt" IS NULL AND r."hiddenAt" IS NULL
            AND r."search" @@ websearch_to_tsquery('dutch', ${q})
        )
      )
    ORDER BY c."lastReplyAt" DESC
    LIMIT 100`;
  return rows.map((row) => row.id);
}
