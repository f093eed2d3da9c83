import { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { sendPendingReplyNotifications } from "./reply-notifications.server";
import type { SpaceViewer } from "./space-access.server";

/** Minutes a reply waits before it goes out in a notification mail, so that several replies share one mail. */
export const notifyDelayMinutes = () => Number(process.env.FORUM_NOTIFY_DELAY_MINUTES ?? 15);

/**
 * Adds a reply to an open case in the viewer's space and queues a
 * notification for the case's author (unless they opted out). Returns null
 * when the case is not there, locked, hidden or deleted. A retried submit
 * with the same idempotency key does not post twice.
 */
export async function postReply({ viewer, caseId, body, pseudonymous, idempotencyKey }: { viewer: SpaceViewer; caseId: string; body: string; pseudonymous: boolean; idempotencyKey: string | null }) {
  const target = await db.forumCase.findFirst({
    where: { id: caseId, cohortId: viewer.cohortId, lockedAt: null, deletedAt: null, hiddenAt: null },
    select: { id: true, authorId: true, author: { select: { notifyReplies: true } } },
  });
  if (!target) return null;
  const now = new Date();
  try {
    const reply = await db.$transaction(async (tx) => {
      const created = await tx.forumReply.create({
        data: { caseId, authorId: viewer.user.id, authorDomain: viewer.user.domain, pseudonymous, body, idempotencyKey, createdAt: now },
        select: { id: true },
      });
      await tx.forumCase.update({ where: { id: caseId }, data: { lastReplyAt: now } });
      await tx.threadRead.upsert({
        where: { userId_caseId: { userId: viewer.user.id, caseId } },
        create: { userId: viewer.user.id, caseId, lastReadAt: now },
        update: { lastReadAt: now },
      });
      if (target.authorId && target.authorId !== viewer.user.id && target.author?.notifyReplies) {
        await tx.pendingNotification.create({ data: { userId: target.authorId, caseId, replyId: created.id } });
      }
      return created;
    });
    // Sends what has waited long enough; the rest goes with a later reply or the timer.
    await sendPendingReplyNotifications({ delayMinutes: notifyDelayMinutes() }).catch((error: unknown) => console.error("reply notifications", error));
    return reply;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && idempotencyKey) {
      return db.forumReply.findFirst({ where: { idempotencyKey, authorId: viewer.user.id }, select: { id: true } });
    }
    throw error;
  }
}
