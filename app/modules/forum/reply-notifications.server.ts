import { isLocale } from "~/i18n";
import { translator } from "~/i18n/catalogues.server";
import { sendMail } from "~/modules/mail/send-mail.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { spacePath } from "./space-access.server";

/**
 * Sends ONE mail per person about the new replies to their cases that have
 * waited at least `delayMinutes`. Rows are claimed before the mail goes out,
 * so two app servers running this at once do not mail twice. Returns the
 * number of mails sent. Meant for a timer too; `now` is for tests.
 */
export async function sendPendingReplyNotifications({ now = new Date(), delayMinutes = 15, origin }: { now?: Date; delayMinutes?: number; origin?: string } = {}): Promise<number> {
  const cutoff = new Date(now.getTime() - delayMinutes * 60_000);
  const due = await db.pendingNotification.findMany({
    where: { sentAt: null, createdAt: { lte: cutoff } },
    select: { id: true, userId: true, caseId: true },
    take: 1000,
  });
  if (due.length === 0) return 0;
  const base = origin ?? env().APP_URL ?? `http://localhost:${env().PORT}`;
  let sent = 0;
  for (const userId of new Set(due.map((row) => row.userId))) {
    const ids = due.filter((row) => row.userId === userId).map((row) => row.id);
    const claimed = await db.pendingNotification.updateMany({ where: { id: { in: ids }, sentAt: null }, data: { sentAt: now } });
    if (claimed.count === 0) continue;
    const [user, rows] = await Promise.all([
      db.user.findUnique({ where: { id: userId }, select: { email: true, name: true, locale: true, notifyReplies: true } }),
      db.pendingNotification.findMany({ where: { id: { in: ids }, sentAt: now } , select: { caseId: true } }),
    ]);
    if (!user || !user.notifyReplies) continue;
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.caseId, (counts.get(row.caseId) ?? 0) + 1);
    const cases = await db.forumCase.findMany({ where: { id: { in: [...counts.keys()] }, deletedAt: null }, select: { id: true, title: true, cohortId: true } });
    if (cases.length === 0) continue;
    const t = translator(isLocale(user.locale) ? user.locale : "nl");
    const lines = cases.map((found) => t("forum.mail.line", { title: found.title, count: counts.get(found.id) ?? 0, link: `${base}${spacePath(found.cohortId)}/${found.id}` }));
    await sendMail({
      to: user.email,
      subject: t("forum.mail.subject"),
      text: [t("forum.mail.greeting", { name: user.name }), "", t("forum.mail.intro"), "", ...lines, "", t("forum.mail.optOut", { link: `${base}/account/meldingen` })].join("\n"),
    });
    sent++;
  }
  return sent;
}
