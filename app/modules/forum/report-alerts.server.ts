import { QUEUES } from "~/modules/jobs/queues";
import { deliverOnce } from "~/modules/mail/deliver-once.server";
import { appOrigin, composeMail } from "~/modules/notify/compose.server";
import { wantsMail } from "~/modules/notify/preferences.server";
import { db } from "~/utils/db.server";
import { spacePath } from "./space-access.server";

export const REPORT_ALERT_QUEUE = QUEUES.reportAlert;

/**
 * Mails the staff of the space where a post was reported: the cohort's
 * facilitators, or the platform admins for the course-wide space. Each staff
 * member gets one mail per report, also when the job is retried. The
 * reporter's name is not in the mail (staff see it on the reports page).
 */
export async function sendReportAlert({ reportId }: { reportId: string }): Promise<number> {
  const report = await db.forumReport.findUnique({
    where: { id: reportId },
    select: {
      reason: true,
      reporterId: true,
      resolvedAt: true,
      case: { select: { id: true, title: true, cohortId: true } },
      reply: { select: { case: { select: { id: true, title: true, cohortId: true } } } },
    },
  });
  const forumCase = report?.case ?? report?.reply?.case;
  if (!report || !forumCase || report.resolvedAt) return 0;
  const select = {
    id: true,
    email: true,
    name: true,
    locale: true,
    notifyReplies: true,
    mailOptOuts: true,
  } as const;
  const staff = forumCase.cohortId
    ? (
        await db.cohortMember.findMany({
          where: {
            cohortId: forumCase.cohortId,
            removedAt: null,
            role: { in: ["FACILITATOR", "CO_FACILITATOR"] },
          },
          select: { user: { select } },
        })
      ).map((row) => row.user)
    : await db.user.findMany({ where: { role: "ADMIN" }, select });
  const link = `${appOrigin()}${spacePath(forumCase.cohortId)}/meldingen`;
  let sent = 0;
  for (const person of staff) {
    if (person.id === report.reporterId || !wantsMail(person, "reports")) continue;
    const delivered = await deliverOnce({
      jobKey: `report:${reportId}`,
      recipient: person.id,
      build: async () =>
        composeMail(person, "reports", (t) => ({
          subject: t("notify.report.subject", { title: forumCase.title }),
          lines: [
            t("notify.report.intro", { title: forumCase.title }),
            t("notify.report.reason", { reason: report.reason }),
            "",
            t("notify.report.link", { link }),
          ],
        })),
    });
    if (delivered) sent++;
  }
  return sent;
}
