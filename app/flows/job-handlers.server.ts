import type { Job } from "pg-boss";
import { remindOverdueAgreements } from "~/modules/coalitions/agreements.server";
import { jobNow } from "~/modules/jobs/clock.server";
import { sendVogReminders } from "~/modules/clubs/vog-reminders.server";
import { sendAnnouncementMail } from "~/modules/cohorts/announcements.server";
import { sendEvaluationMail, sendEveningReminders } from "~/modules/cohorts/reminders.server";
import {
  requeueStrandedNotifications,
  sendDailyDigests,
  sendReplyBatch,
} from "~/modules/forum/reply-notifications.server";
import { sendReportAlert } from "~/modules/forum/report-alerts.server";
import { runHousekeeping } from "./housekeeping.server";
import type { JobHandler } from "~/modules/jobs/queue.server";
import { QUEUES } from "~/modules/jobs/queues";

function handler<T extends object>(run: (job: Job<T>) => Promise<unknown>): JobHandler<T> {
  return async (job) => void (await run(job));
}

/** What each queue does. A job's key (for SentMail) is its pg-boss id, which stays the same across retries. */
export const JOB_HANDLERS: Record<string, JobHandler<never>> = {
  [QUEUES.replyMail]: handler<{ userId: string }>((job) =>
    sendReplyBatch({ userId: job.data.userId, jobKey: `replies:${job.id}` }),
  ),
  [QUEUES.reportAlert]: handler<{ reportId: string }>((job) => sendReportAlert(job.data)),
  [QUEUES.evaluationMail]: handler<{ cohortId: string; openedAt: string; round: number }>((job) =>
    sendEvaluationMail(job.data),
  ),
  [QUEUES.announcementMail]: handler<{ announcementId: string }>((job) =>
    sendAnnouncementMail(job.data),
  ),
  [QUEUES.forumDigest]: handler((job) => sendDailyDigests({ jobKey: `digest:${job.id}` })),
  [QUEUES.forumRequeue]: handler(() => requeueStrandedNotifications()),
  [QUEUES.eveningReminders]: handler(() => sendEveningReminders()),
  [QUEUES.vogReminders]: handler(() => sendVogReminders()),
  [QUEUES.housekeeping]: handler(() => runHousekeeping()),
  [QUEUES.agreementReminders]: handler(() => remindOverdueAgreements(jobNow())),
};
