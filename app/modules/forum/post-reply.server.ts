import { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { queueReplyNotifications } from "./reply-notifications.server";
import type { SpaceViewer } from "./space-access.server";

/**
 * Adds a reply to an open case in the viewer's space; the replier follows
 * the case, and its followers get a notification job (reply-notifications). Returns null
 * when the case is not there, locked, hidden or deleted. A retried submit
 * with the same idempotency key does not post twice.
 */
export async function postReply({
  viewer,
  caseId,
  body,
  pseudonymous,
  idempotencyKey,
}: {
  viewer: SpaceViewer;
  caseId: string;
  body: string;
  pseudonymous: boolean;
  idempotencyKey: string | null;
}) {
  const target = await db.forumCase.findFirst({
    where: {
      id: caseId,
      cohortId: viewer.cohortId,
      lockedAt: null,
      deletedAt: null,
      hiddenAt: null,
    },
    select: { id: true, authorId: true },
  });
  if (!target) return null;
  const now = new Date();
  try {
    const reply = await db.$transaction(async (tx) => {
      const created = await tx.forumReply.create({
        data: {
          caseId,
          authorId: viewer.user.id,
          authorDomain: viewer.user.domain,
          pseudonymous,
          body,
          idempotencyKey,
          createdAt: now,
        },
        select: { id: true },
      });
      await tx.forumCase.update({ where: { id: caseId }, data: { lastReplyAt: now } });
      await tx.threadRead.upsert({
        where: { userId_caseId: { userId: viewer.user.id, caseId } },
        create: { userId: viewer.user.id, caseId, lastReadAt: now },
        update: { lastReadAt: now },
      });
      await queueReplyNotifications(tx, {
        caseId,
        replyId: created.id,
        replierId: viewer.user.id,
        authorId: target.authorId,
      });
      return created;
    });
    return reply;
  } catch (error) {
    if (
      error instanceof Prisma.PrismaClientKnownRequestError &&
      error.code === "P2002" &&
      idempotencyKey
    ) {
      return db.forumReply.findFirst({
        where: { idempotencyKey, authorId: viewer.user.id },
        select: { id: true },
      });
    }
    throw error;
  }
}
