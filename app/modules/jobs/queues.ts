import type { Queue } from "pg-boss";

/** Every queue of the app. Handlers live in app/flows/job-handlers.server.ts; this file has no database imports so install scripts can use it. */
export const QUEUES = {
  replyMail: "forum-reply-mail",
  reportAlert: "forum-report-alert",
  evaluationMail: "evaluation-mail",
  announcementMail: "announcement-mail",
  forumDigest: "forum-daily-digest",
  forumRequeue: "forum-requeue",
  eveningReminders: "evening-reminders",
  vogReminders: "vog-reminders",
  housekeeping: "housekeeping",
  agreementReminders: "coalition-agreement-reminders",
} as const;

// Retries with back-off ride out a database or SMTP outage; a heartbeat lets
// another process take over a job whose process died (pg-boss fails the
// attempt when no heartbeat came for 10 s, and retries it).
// Back-off stops at 30 s, so that after an outage every job has run again within a minute.
const common = {
  retryLimit: 20,
  retryDelay: 5,
  retryBackoff: true,
  retryDelayMax: 30,
  heartbeatSeconds: 10,
  expireInSeconds: 600,
} as const;

export type QueueSpec = {
  name: string;
  options: Omit<Queue, "name">;
  /** Cron in Europe/Amsterdam time. */ cron?: string;
};

export const QUEUE_SPECS: QueueSpec[] = [
  // One waiting job per person ("short" + singletonKey = user id): replies batch into it.
  { name: QUEUES.replyMail, options: { ...common, policy: "short" } },
  { name: QUEUES.reportAlert, options: common },
  { name: QUEUES.evaluationMail, options: common },
  { name: QUEUES.announcementMail, options: common },
  { name: QUEUES.forumDigest, options: common, cron: "0 18 * * *" },
  { name: QUEUES.forumRequeue, options: common, cron: "*/5 * * * *" },
  { name: QUEUES.eveningReminders, options: common, cron: "0 18 * * *" },
  { name: QUEUES.vogReminders, options: common, cron: "0 9 1 * *" },
  { name: QUEUES.housekeeping, options: common, cron: "30 3 * * *" },
  // A coalition agreement whose date passed: its owner hears of it the next morning.
  { name: QUEUES.agreementReminders, options: common, cron: "0 8 * * *" },
];
