import { enqueue } from "~/modules/jobs/queue.server";
import { NOTIFY_RECIPIENT, sendNotification } from "~/modules/notify/send-notification.server";
import { db } from "~/utils/db.server";
import { REPORT_ALERT_QUEUE } from "./report-alerts.server";
import type { SpaceViewer } from "./space-access.server";

type Target = { caseId: string; replyId?: string | null };

const caseInSpace = (viewer: SpaceViewer, caseId: string) => ({
  id: caseId,
  cohortId: viewer.cohortId,
});

/** Anyone in the space may report a case or a reply there, with a reason; the space's staff get a mail (a job in the same transaction). */
export async function reportPost({
  viewer,
  target,
  reason,
}: {
  viewer: SpaceViewer;
  target: Target;
  reason: string;
}): Promise<boolean> {
  const found = target.replyId
    ? await db.forumReply.findFirst({
        where: { id: target.replyId, case: caseInSpace(viewer, target.caseId) },
        select: { id: true },
      })
    : await db.forumCase.findFirst({
        where: caseInSpace(viewer, target.caseId),
        select: { id: true },
      });
  if (!found) return false;
  await db.$transaction(async (tx) => {
    const report = await tx.forumReport.create({
      data: {
        reporterId: viewer.user.id,
        reason,
        ...(target.replyId ? { replyId: target.replyId } : { caseId: target.caseId }),
      },
      select: { id: true },
    });
    await enqueue(REPORT_ALERT_QUEUE, { reportId: report.id }, { tx });
  });
  return true;
}

/** Staff hide (or restore) a post in their space; the author gets a mail. */
export async function setHidden({
  viewer,
  target,
  hidden,
  reason,
}: {
  viewer: SpaceViewer;
  target: Target;
  hidden: boolean;
  reason: string | null;
}): Promise<boolean> {
  if (!viewer.isStaff) return false;
  const data = { hiddenAt: hidden ? new Date() : null, hiddenReason: hidden ? reason : null };
  const author = { select: NOTIFY_RECIPIENT } as const;
  const post = target.replyId
    ? await db.forumReply.findFirst({
        where: { id: target.replyId, case: caseInSpace(viewer, target.caseId) },
        select: { id: true, author, case: { select: { title: true } } },
      })
    : await db.forumCase.findFirst({
        where: caseInSpace(viewer, target.caseId),
        select: { id: true, author, title: true },
      });
  if (!post) return false;
  if (target.replyId) await db.forumReply.update({ where: { id: post.id }, data });
  else await db.forumCase.update({ where: { id: post.id }, data });
  // Reports about this post are dealt with once someone acted on it.
  await db.forumReport.updateMany({
    where: {
      resolvedAt: null,
      ...(target.replyId ? { replyId: target.replyId } : { caseId: target.caseId }),
    },
    data: { resolvedAt: new Date() },
  });
  const title = "title" in post ? post.title : post.case.title;
  // A former participant (account deleted) gets no mail.
  if (!post.author) return true;
  await sendNotification(post.author, "moderation", (t) => ({
    subject: t(hidden ? "forum.mail.hiddenSubject" : "forum.mail.restoredSubject"),
    text: [
      t("forum.mail.greeting", { name: post.author!.name }),
      "",
      t(hidden ? "forum.mail.hiddenText" : "forum.mail.restoredText", { title }),
      ...(hidden && reason ? ["", t("forum.mail.reason", { reason })] : []),
    ].join("\n"),
  }));
  return true;
}

/** Staff close a thread for new replies, or open it again. */
export async function setLocked({
  viewer,
  caseId,
  locked,
}: {
  viewer: SpaceViewer;
  caseId: string;
  locked: boolean;
}): Promise<boolean> {
  if (!viewer.isStaff) return false;
  const result = await db.forumCase.updateMany({
    where: caseInSpace(viewer, caseId),
    data: { lockedAt: locked ? new Date() : null },
  });
  return result.count > 0;
}

/** Open reports in the staff member's space, with the post they are about. */
export async function listOpenReports({ viewer }: { viewer: SpaceViewer }) {
  if (!viewer.isStaff) return [];
  const rows = await db.forumReport.findMany({
    where: {
      resolvedAt: null,
      OR: [
        { case: { cohortId: viewer.cohortId } },
        { reply: { case: { cohortId: viewer.cohortId } } },
      ],
    },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      reason: true,
      createdAt: true,
      case: { select: { id: true, title: true, hiddenAt: true } },
      reply: {
        select: {
          id: true,
          body: true,
          hiddenAt: true,
          case: { select: { id: true, title: true } },
        },
      },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
    caseId: row.case?.id ?? row.reply?.case.id ?? "",
    caseTitle: row.case?.title ?? row.reply?.case.title ?? "",
    replyId: row.reply?.id ?? null,
    excerpt: row.reply ? row.reply.body.slice(0, 200) : null,
    hidden: (row.case?.hiddenAt ?? row.reply?.hiddenAt ?? null) !== null,
  }));
}

/** Staff close a report without hiding anything. */
export async function resolveReport({
  viewer,
  reportId,
}: {
  viewer: SpaceViewer;
  reportId: string;
}): Promise<boolean> {
  if (!viewer.isStaff) return false;
  const result = await db.forumReport.updateMany({
    where: {
      id: reportId,
      resolvedAt: null,
      OR: [
        { case: { cohortId: viewer.cohortId } },
        { reply: { case: { cohortId: viewer.cohortId } } },
      ],
    },
    data: { resolvedAt: new Date() },
  });
  return result.count > 0;
}
