import { db } from "~/utils/db.server";
import type { SpaceViewer } from "./space-access.server";

const visibleReply = (viewer: SpaceViewer, caseId: string, replyId: string) => ({
  id: replyId,
  caseId,
  deletedAt: null,
  hiddenAt: null,
  case: { cohortId: viewer.cohortId, deletedAt: null },
});

/** "Dit helpt mij": one mark per person per reply; a second press takes it back. Not on your own reply. */
export async function toggleHelpful({
  viewer,
  caseId,
  replyId,
}: {
  viewer: SpaceViewer;
  caseId: string;
  replyId: string;
}): Promise<boolean> {
  const reply = await db.forumReply.findFirst({
    where: { ...visibleReply(viewer, caseId, replyId), authorId: { not: viewer.user.id } },
    select: { id: true },
  });
  if (!reply) return false;
  const removed = await db.helpfulMark.deleteMany({ where: { replyId, userId: viewer.user.id } });
  if (removed.count === 0) {
    await db.helpfulMark.upsert({
      where: { replyId_userId: { replyId, userId: viewer.user.id } },
      create: { replyId, userId: viewer.user.id },
      update: {},
    });
  }
  return true;
}

/** The case's author marks one reply as most helpful (pressing it again unmarks it). */
export async function markMostHelpful({
  viewer,
  caseId,
  replyId,
}: {
  viewer: SpaceViewer;
  caseId: string;
  replyId: string;
}): Promise<boolean> {
  const reply = await db.forumReply.findFirst({
    where: {
      ...visibleReply(viewer, caseId, replyId),
      case: { cohortId: viewer.cohortId, deletedAt: null, authorId: viewer.user.id },
    },
    select: { mostHelpful: true },
  });
  if (!reply) return false;
  await db.$transaction([
    db.forumReply.updateMany({
      where: { caseId, mostHelpful: true },
      data: { mostHelpful: false },
    }),
    ...(reply.mostHelpful
      ? []
      : [
          db.forumReply.updateMany({ where: { id: replyId, caseId }, data: { mostHelpful: true } }),
        ]),
  ]);
  return true;
}
