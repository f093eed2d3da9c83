import { db } from "~/utils/db.server";
import type { SpaceViewer } from "./space-access.server";

/** Records that the viewer has seen the thread as it is now (a POST, sent by the thread page). */
export async function markThreadRead({
  viewer,
  caseId,
  now = new Date(),
}: {
  viewer: SpaceViewer;
  caseId: string;
  now?: Date;
}): Promise<boolean> {
  const found = await db.forumCase.findFirst({
    where: { id: caseId, cohortId: viewer.cohortId },
    select: { id: true },
  });
  if (!found) return false;
  await db.threadRead.upsert({
    where: { userId_caseId: { userId: viewer.user.id, caseId } },
    create: { userId: viewer.user.id, caseId, lastReadAt: now },
    update: { lastReadAt: now },
  });
  return true;
}

/**
 * How many threads in a cohort's space have activity the person has not
 * seen yet ("nieuw sinds je laatste bezoek"), for the cohort page. Call it
 * only for someone who may see the cohort; hidden and deleted cases do not count.
 */
export async function countUnread({
  cohortId,
  userId,
}: {
  cohortId: string;
  userId: string;
}): Promise<number> {
  const rows = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*)::bigint AS count FROM "ForumCase" c
    LEFT JOIN "ThreadRead" r ON r."caseId" = c."id" AND r."userId" = ${userId}
    WHERE c."cohortId" = ${cohortId} AND c."deletedAt" IS NULL AND c."hiddenAt" IS NULL
      AND (r."lastReadAt" IS NULL OR r."lastReadAt" < c."lastReplyAt")`;
  return Number(rows[0]?.count ?? 0);
}
