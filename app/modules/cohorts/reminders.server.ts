import { QUEUES } from "~/modules/jobs/queues";
import type { Prisma } from "~/generated/prisma/client";
import { jobNow } from "~/modules/jobs/clock.server";
import { enqueue } from "~/modules/jobs/queue.server";
import { deliverOnce } from "~/modules/mail/deliver-once.server";
import { appOrigin, composeMail } from "~/modules/notify/compose.server";
import { wantsMail } from "~/modules/notify/preferences.server";
import { db } from "~/utils/db.server";
import { dateTimeFormat } from "~/utils/intl";
import { amsterdamToUtc, formatEvening } from "./local-time";

const EVALUATION_MAIL_QUEUE = QUEUES.evaluationMail;
/** Days after opening at which participants without a receipt are reminded. */
const EVALUATION_REMINDER_DAYS = [3, 7] as const;

const DAY = 86_400_000;
const recipientSelect = {
  id: true,
  email: true,
  name: true,
  locale: true,
  notifyReplies: true,
  mailOptOuts: true,
} as const;

/** The Amsterdam calendar date of `at`, as "YYYY-MM-DD". */
function amsterdamDate(at: Date): string {
  return dateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

/**
 * The people who sent an apology for this evening ("afgemeld", the
 * EveningApology rows of issue 15) get no reminder; an attendance row marked
 * EXCUSED before the evening counts as one too.
 */
async function apologisedUserIds(eveningId: string): Promise<Set<string>> {
  const [apologies, excused] = await Promise.all([
    db.eveningApology.findMany({ where: { eveningId }, select: { userId: true } }),
    db.attendance.findMany({ where: { eveningId, status: "EXCUSED" }, select: { userId: true } }),
  ]);
  return new Set([...apologies, ...excused].map((row) => row.userId));
}

/**
 * Cron, every evening at 18:00 Amsterdam time: participants of each evening
 * that takes place tomorrow (Amsterdam date) get a reminder with place,
 * time and the modules to prepare, unless they sent an apology or switched
 * reminders off. Once per evening and person, however often it runs.
 */
export async function sendEveningReminders({
  now = jobNow(),
}: { now?: Date } = {}): Promise<number> {
  const today = amsterdamDate(now);
  const tomorrow = amsterdamDate(new Date(amsterdamToUtc(today, "12:00").getTime() + DAY));
  const dayAfter = amsterdamDate(new Date(amsterdamToUtc(tomorrow, "12:00").getTime() + DAY));
  const evenings = await db.evening.findMany({
    where: {
      startsAt: { gte: amsterdamToUtc(tomorrow, "00:00"), lt: amsterdamToUtc(dayAfter, "00:00") },
    },
    select: {
      id: true,
      cohortId: true,
      startsAt: true,
      endsAt: true,
      place: true,
      topic: true,
      prepareModules: true,
      cohort: { select: { name: true } },
    },
  });
  let sent = 0;
  for (const evening of evenings) {
    const [members, excused] = await Promise.all([
      db.cohortMember.findMany({
        where: { cohortId: evening.cohortId, role: "PARTICIPANT", removedAt: null },
        select: { user: { select: recipientSelect } },
      }),
      apologisedUserIds(evening.id),
    ]);
    const link = `${appOrigin()}/groepen/${evening.cohortId}/bijeenkomsten`;
    for (const { user } of members) {
      if (excused.has(user.id) || !wantsMail(user, "reminders")) continue;
      const delivered = await deliverOnce({
        jobKey: `evening:${evening.id}`,
        recipient: user.id,
        build: async () =>
          composeMail(user, "reminders", (t, locale) => {
            const when = formatEvening(evening.startsAt, evening.endsAt, locale);
            return {
              subject: t("notify.evening.subject", {
                cohort: evening.cohort.name,
                date: when.date,
              }),
              lines: [
                t("notify.evening.intro", { cohort: evening.cohort.name, topic: evening.topic }),
                t("notify.evening.when", { date: when.date, from: when.from, until: when.until }),
                t("notify.evening.where", { place: evening.place }),
                ...(evening.prepareModules.length
                  ? [
                      t("notify.evening.prepare"),
                      ...evening.prepareModules.map((module) => `- ${module}`),
                    ]
                  : []),
                "",
                t("notify.evening.apology", { link }),
              ],
            };
          }),
      });
      if (delivered) sent++;
    }
  }
  return sent;
}

type EvaluationJob = { cohortId: string; openedAt: string; round: number };

/**
 * Inside the transaction that opens the evaluation: a job that mails every
 * participant now, and reminder jobs at +3 and +7 days.
 */
export async function queueEvaluationMails(
  tx: Prisma.TransactionClient,
  { cohortId, openedAt }: { cohortId: string; openedAt: Date },
): Promise<void> {
  const data = (round: number): EvaluationJob => ({
    cohortId,
    openedAt: openedAt.toISOString(),
    round,
  });
  await enqueue(EVALUATION_MAIL_QUEUE, data(0), { tx });
  for (const [index, days] of EVALUATION_REMINDER_DAYS.entries()) {
    await enqueue(EVALUATION_MAIL_QUEUE, data(index + 1), {
      tx,
      startAfter: new Date(openedAt.getTime() + days * DAY),
    });
  }
}

/**
 * Round 0: "the evaluation is open" to every participant. Round 1 and 2: a
 * reminder to participants without a receipt. Receipts say only *that*
 * someone answered, never what; nothing here is shown to the facilitator,
 * who sees counts only. Skipped when the evaluation was closed or reopened
 * since the job was queued.
 */
export async function sendEvaluationMail({
  cohortId,
  openedAt,
  round,
}: EvaluationJob): Promise<number> {
  const cohort = await db.cohort.findUnique({
    where: { id: cohortId },
    select: { name: true, evaluationOpenedAt: true },
  });
  if (!cohort?.evaluationOpenedAt || cohort.evaluationOpenedAt.toISOString() !== openedAt) return 0;
  const members = await db.cohortMember.findMany({
    where: {
      cohortId,
      role: "PARTICIPANT",
      removedAt: null,
      ...(round > 0 ? { user: { receipts: { none: { cohortId } } } } : {}),
    },
    select: { user: { select: recipientSelect } },
  });
  const link = `${appOrigin()}/groepen/${cohortId}/evaluatie`;
  let sent = 0;
  for (const { user } of members) {
    if (!wantsMail(user, "reminders")) continue;
    const delivered = await deliverOnce({
      jobKey: `evaluation:${cohortId}:${openedAt}:${round}`,
      recipient: user.id,
      build: async () =>
        composeMail(user, "reminders", (t) => ({
          subject: t(
            round === 0 ? "notify.evaluation.openSubject" : "notify.evaluation.reminderSubject",
            { cohort: cohort.name },
          ),
          lines: [
            t(round === 0 ? "notify.evaluation.openIntro" : "notify.evaluation.reminderIntro", {
              cohort: cohort.name,
            }),
            t("notify.evaluation.anonymous"),
            "",
            t("notify.evaluation.link", { link }),
          ],
        })),
    });
    if (delivered) sent++;
  }
  return sent;
}
