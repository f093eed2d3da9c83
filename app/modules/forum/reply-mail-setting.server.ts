import { db } from "~/utils/db.server";

/** Whether the person gets mails about replies to their cases. */
export async function getReplyMailSetting({ userId }: { userId: string }): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { notifyReplies: true } });
  return user?.notifyReplies ?? false;
}

/** Opting out also drops what was still waiting to be sent. */
export async function setReplyMailSetting({ userId, notify }: { userId: string; notify: boolean }): Promise<void> {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { notifyReplies: notify } }),
    ...(notify ? [] : [db.pendingNotification.deleteMany({ where: { userId, sentAt: null } })]),
  ]);
}
