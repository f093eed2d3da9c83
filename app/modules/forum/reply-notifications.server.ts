import { QUEUES } from "~/modules/jobs/queues";
import { randomUUID } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import { jobNow } from "~/modules/jobs/clock.server";
import { enqueue, enqueueMany } from "~/modules/jobs/queue.server";
import { deliverOnce } from "~/modules/mail/deliver-once.server";
import { appOrigin, composeMail } from "~/modules/notify/compose.server";
import { db } from "~/utils/db.server";
import { spacePath } from "./space-access.server";

type Tx = Prisma.TransactionClient;

const REPLY_MAIL_QUEUE = QUEUES.replyMail;

/** Minutes a reply waits before it goes out in a notification mail, so that several replies share one mail. */
const notifyDelayMinutes = () => Number(process.env.FORUM_NOTIFY_DELAY_MINUTES ?? 15);

/**
 * Inside the reply's transaction: the replier follows the case (unless they
 * unfollowed it before), every follower but the replier who wants reply mails
 * gets a pending notification, and each of them who wants batched mails gets
 * a job at now + 15 minutes. The queue holds at most one waiting job per
 * person (policy "short", keyed by the person), so replies that come in
 * meanwhile go in the same mail: at most one mail per person per 15 minutes.
 * The case author follows without a row, until they unfollow.
 */
export async function queueReplyNotifications(
  tx: Tx,
  input: { caseId: string; replyId: string; replierId: string; authorId: string | null },
): Promise<void> {
  await tx.caseFollow.upsert({
    where: { userId_caseId: { userId: input.replierId, caseId: input.caseId } },
    create: { userId: input.replierId, caseId: input.caseId },
    update: {},
  });
  const rows = await tx.caseFollow.findMany({
    where: { caseId: input.caseId },
    select: { userId: true, following: true },
  });
  const following = new Set(rows.filter((row) => row.following).map((row) => row.userId));
  // A case whose author left has no one to tell but its followers.
  if (input.authorId && !rows.some((row) => row.userId === input.authorId && !row.following))
    following.add(input.authorId);
  following.delete(input.replierId);
  if (following.size === 0) return;
  const recipients = await tx.user.findMany({
    where: { id: { in: [...following] }, notifyReplies: true },
    select: { id: true, replyDigest: true },
  });
  if (recipients.length === 0) return;
  await tx.pendingNotification.createMany({
    data: recipients.map((user) => ({
      userId: user.id,
      caseId: input.caseId,
      replyId: input.replyId,
    })),
  });
  const startAfter = new Date(jobNow().getTime() + notifyDelayMinutes() * 60_000);
  // One statement for all; where a job is already waiting for someone, theirs is skipped (policy "short").
  // Not skipped when their job is already running: it may not see this reply any more.
  const jobs = recipients
    .filter((user) => !user.replyDigest)
    .map((user) => ({ data: { userId: user.id }, startAfter, singletonKey: user.id }));
  await enqueueMany(REPLY_MAIL_QUEUE, jobs, { tx });
}

/**
 * Mails one person everything still pending for them, once per `jobKey`.
 * Rows are claimed in the mail's transaction, so two workers never mail the
 * same reply and a retried job sends nothing new. Returns whether a mail went out.
 */
export async function sendReplyBatch({
  userId,
  jobKey,
  now = jobNow(),
}: {
  userId: string;
  jobKey: string;
  now?: Date;
}): Promise<boolean> {
  let claimedIds: string[] = [];
  return deliverOnce({
    jobKey,
    recipient: userId,
    build: async (tx) => {
      const user = await tx.user.findUnique({
        where: { id: userId },
        select: { id: true, email: true, name: true, locale: true, notifyReplies: true },
      });
      if (!user) return null;
      const pending = await tx.pendingNotification.findMany({
        where: { userId, sentAt: null },
        select: { id: true, caseId: true },
      });
      if (pending.length === 0) return null;
      claimedIds = pending.map((row) => row.id);
      const claimed = await tx.pendingNotification.updateMany({
        where: { id: { in: claimedIds }, sentAt: null },
        data: { sentAt: now },
      });
      if (claimed.count !== claimedIds.length)
        throw new Error("pending notifications were claimed by another worker; retrying");
      if (!user.notifyReplies) return null;
      const counts = new Map<string, number>();
      for (const row of pending) counts.set(row.caseId, (counts.get(row.caseId) ?? 0) + 1);
      const cases = await tx.forumCase.findMany({
        where: { id: { in: [...counts.keys()] }, deletedAt: null },
        select: { id: true, title: true, cohortId: true },
        orderBy: { lastReplyAt: "desc" },
      });
      if (cases.length === 0) return null;
      const base = appOrigin();
      return composeMail(user, "replies", (t) => ({
        subject: t("forum.mail.subject"),
        lines: [
          t("forum.mail.intro"),
          "",
          ...cases.map((found) =>
            t("forum.mail.line", {
              title: found.title,
              count: counts.get(found.id) ?? 0,
              link: `${base}${spacePath(found.cohortId)}/${found.id}`,
            }),
          ),
        ],
      }));
    },
    undo: async (tx) => {
      await tx.pendingNotification.updateMany({
        where: { id: { in: claimedIds }, sentAt: now },
        data: { sentAt: null },
      });
    },
  });
}

/**
 * The daily digest (cron, 18:00 Amsterdam time): one mail per person who
 * chose a digest and has replies waiting.
 */
export async function sendDailyDigests({
  jobKey,
  now = jobNow(),
}: {
  jobKey: string;
  now?: Date;
}): Promise<number> {
  const users = await db.pendingNotification.findMany({
    where: { sentAt: null, user: { replyDigest: true, notifyReplies: true } },
    distinct: ["userId"],
    select: { userId: true },
  });
  let sent = 0;
  for (const { userId } of users)
    if (await sendReplyBatch({ userId, jobKey: `${jobKey}:digest`, now })) sent++;
  return sent;
}

/**
 * Safety net (cron, every 5 minutes): a batched person with a pending
 * notification older than the delay but no waiting job (a reply from before
 * this queue existed, or someone who switched from the digest) gets a job.
 */
export async function requeueStrandedNotifications({
  now = jobNow(),
}: { now?: Date } = {}): Promise<number> {
  const cutoff = new Date(now.getTime() - notifyDelayMinutes() * 60_000);
  const users = await db.pendingNotification.findMany({
    where: {
      sentAt: null,
      createdAt: { lte: cutoff },
      user: { replyDigest: false, notifyReplies: true },
    },
    distinct: ["userId"],
    select: { userId: true },
  });
  for (const { userId } of users)
    await enqueue(REPLY_MAIL_QUEUE, { userId }, { singletonKey: userId });
  return users.length;
}

/**
 * Sends now what has waited at least `delayMinutes` (the staff's "send now"
 * button; the queue does this on its own). Returns the number of mails sent.
 */
export async function sendPendingReplyNotifications({
  now = new Date(),
  delayMinutes = 15,
}: { now?: Date; delayMinutes?: number } = {}): Promise<number> {
  const cutoff = new Date(now.getTime() - delayMinutes * 60_000);
  const users = await db.pendingNotification.findMany({
    where: { sentAt: null, createdAt: { lte: cutoff } },
    distinct: ["userId"],
    select: { userId: true },
  });
  const batch = randomUUID();
  let sent = 0;
  for (const { userId } of users)
    if (await sendReplyBatch({ userId, jobKey: `replies-now:${batch}`, now })) sent++;
  return sent;
}
