import { db } from "~/utils/db.server";
import type { MailKind } from "./kinds";

export type ReplyFrequency = "batched" | "daily" | "off";

/** The person's mail choices, for the preferences page. */
export async function getMailPreferences(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { notifyReplies: true, replyDigest: true, mailOptOuts: true },
  });
  if (!user) return null;
  const replies: ReplyFrequency = !user.notifyReplies
    ? "off"
    : user.replyDigest
      ? "daily"
      : "batched";
  return { replies, optOuts: user.mailOptOuts };
}

/** Whether mails of `kind` may go to this person (replies have their own setting). */
export function wantsMail(
  user: { notifyReplies: boolean; mailOptOuts: string[] },
  kind: MailKind,
): boolean {
  return kind === "replies" ? user.notifyReplies : !user.mailOptOuts.includes(kind);
}

/** Saves the preferences page. Switching replies off also drops what was still waiting. */
export async function saveMailPreferences(
  userId: string,
  input: { replies: ReplyFrequency; optOuts: MailKind[] },
): Promise<void> {
  await db.$transaction([
    db.user.update({
      where: { id: userId },
      data: {
        notifyReplies: input.replies !== "off",
        replyDigest: input.replies === "daily",
        mailOptOuts: [...new Set(input.optOuts)].filter((kind) => kind !== "replies"),
      },
    }),
    ...(input.replies === "off"
      ? [db.pendingNotification.deleteMany({ where: { userId, sentAt: null } })]
      : []),
  ]);
}

/** One-click unsubscribe: switches off one kind for one person. */
export async function unsubscribe(userId: string, kind: MailKind): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { mailOptOuts: true } });
  if (!user) return false;
  if (kind === "replies") {
    await db.$transaction([
      db.user.update({ where: { id: userId }, data: { notifyReplies: false } }),
      db.pendingNotification.deleteMany({ where: { userId, sentAt: null } }),
    ]);
  } else if (!user.mailOptOuts.includes(kind)) {
    await db.user.update({ where: { id: userId }, data: { mailOptOuts: { push: kind } } });
  }
  return true;
}
