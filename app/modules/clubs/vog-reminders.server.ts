import { jobNow } from "~/modules/jobs/clock.server";
import { deliverOnce } from "~/modules/mail/deliver-once.server";
import { appOrigin, composeMail } from "~/modules/notify/compose.server";
import { wantsMail } from "~/modules/notify/preferences.server";
import { db } from "~/utils/db.server";
import { dateTimeFormat, formatDay } from "~/utils/intl";
import { vogStatus } from "./vog";

/**
 * Cron, on the first of each month: each club administrator gets one mail
 * listing the club's volunteers whose VOG expires within 60 days or has
 * expired, and each of those volunteers gets a reminder of their own. Once
 * per month, club and person.
 */
export async function sendVogReminders({ now = jobNow() }: { now?: Date } = {}): Promise<number> {
  const day = dateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
  const today = new Date(`${day}T00:00:00Z`);
  const month = day.slice(0, 7);
  const select = {
    id: true,
    email: true,
    name: true,
    locale: true,
    notifyReplies: true,
    mailOptOuts: true,
  } as const;
  const memberships = await db.orgMembership.findMany({
    where: { status: "ACTIVE", vogSeenOn: { not: null } },
    select: { orgId: true, vogSeenOn: true, user: { select }, org: { select: { name: true } } },
  });
  const due = memberships
    .map((row) => ({ ...row, ...vogStatus({ seenOn: row.vogSeenOn, today }) }))
    .filter((row) => row.state === "dueSoon" || row.state === "overdue");
  const byOrg = new Map<string, typeof due>();
  for (const row of due) byOrg.set(row.orgId, [...(byOrg.get(row.orgId) ?? []), row]);
  let sent = 0;
  for (const [orgId, rows] of byOrg) {
    const orgName = rows[0].org.name;
    const admins = await db.orgMembership.findMany({
      where: { orgId, role: "ADMIN", status: "ACTIVE" },
      select: { user: { select } },
    });
    for (const { user } of admins) {
      if (!wantsMail(user, "vog")) continue;
      const delivered = await deliverOnce({
        jobKey: `vog:${month}:${orgId}:admin`,
        recipient: user.id,
        build: async () =>
          composeMail(user, "vog", (t, locale) => ({
            subject: t("notify.vog.adminSubject", { org: orgName, count: rows.length }),
            lines: [
              t("notify.vog.adminIntro", { org: orgName }),
              ...rows.map((row) =>
                t(row.state === "overdue" ? "notify.vog.lineOverdue" : "notify.vog.lineDueSoon", {
                  name: row.user.name,
                  date: formatDay(row.renewBy!, locale),
                }),
              ),
              "",
              t("notify.vog.adminLink", { link: `${appOrigin()}/organisaties/${orgId}` }),
            ],
          })),
      });
      if (delivered) sent++;
    }
    for (const row of rows) {
      if (!wantsMail(row.user, "vog")) continue;
      const delivered = await deliverOnce({
        jobKey: `vog:${month}:${orgId}:volunteer`,
        recipient: row.user.id,
        build: async () =>
          composeMail(row.user, "vog", (t, locale) => ({
            subject: t("notify.vog.volunteerSubject"),
            lines: [
              t(
                row.state === "overdue"
                  ? "notify.vog.volunteerOverdue"
                  : "notify.vog.volunteerDueSoon",
                { org: orgName, date: formatDay(row.renewBy!, locale) },
              ),
            ],
          })),
      });
      if (delivered) sent++;
    }
  }
  return sent;
}
