import { z } from "zod";
import type { Domain } from "~/generated/prisma/client";
import { enqueue } from "~/modules/jobs/queue.server";
import { QUEUES } from "~/modules/jobs/queues";
import { deliverOnce } from "~/modules/mail/deliver-once.server";
import { appOrigin, composeMail } from "~/modules/notify/compose.server";
import { wantsMail } from "~/modules/notify/preferences.server";
import { DOMAINS } from "~/modules/people/types";
import { db } from "~/utils/db.server";

export const AnnouncementForm = z.object({
  title: z
    .string()
    .trim()
    .min(3, "notify.announcement.titleRequired")
    .max(120, "notify.announcement.titleTooLong"),
  body: z
    .string()
    .trim()
    .min(1, "notify.announcement.bodyRequired")
    .max(5000, "notify.announcement.bodyTooLong"),
  sector: z
    .union([z.literal(""), z.enum(DOMAINS)], { message: "notify.announcement.sectorInvalid" })
    .default(""),
});

/** Saves an announcement and, in the same transaction, the job that mails it. */
export async function postAnnouncement(input: {
  cohortId: string;
  authorId: string;
  title: string;
  body: string;
  sector: Domain | null;
}) {
  return db.$transaction(async (tx) => {
    const created = await tx.announcement.create({ data: input, select: { id: true } });
    await enqueue(QUEUES.announcementMail, { announcementId: created.id }, { tx });
    return created;
  });
}

/** The newest announcements a member sees: staff all of them, a participant those for everyone or their own sector. */
export function listAnnouncements({
  cohortId,
  isStaff,
  domain,
  take = 10,
}: {
  cohortId: string;
  isStaff: boolean;
  domain: Domain | null;
  take?: number;
}) {
  return db.announcement.findMany({
    where: {
      cohortId,
      ...(isStaff ? {} : { OR: [{ sector: null }, ...(domain ? [{ sector: domain }] : [])] }),
    },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      title: true,
      body: true,
      sector: true,
      createdAt: true,
      author: { select: { name: true } },
    },
  });
}

/** Mails an announcement to the participants it is for, each in their own language, once. */
export async function sendAnnouncementMail({
  announcementId,
}: {
  announcementId: string;
}): Promise<number> {
  const announcement = await db.announcement.findUnique({
    where: { id: announcementId },
    select: {
      cohortId: true,
      sector: true,
      title: true,
      body: true,
      author: { select: { name: true } },
      cohort: { select: { name: true } },
    },
  });
  if (!announcement) return 0;
  const members = await db.cohortMember.findMany({
    where: {
      cohortId: announcement.cohortId,
      role: "PARTICIPANT",
      removedAt: null,
      ...(announcement.sector ? { user: { domain: announcement.sector } } : {}),
    },
    select: {
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          locale: true,
          notifyReplies: true,
          mailOptOuts: true,
        },
      },
    },
  });
  const link = `${appOrigin()}/groepen/${announcement.cohortId}`;
  let sent = 0;
  for (const { user } of members) {
    if (!wantsMail(user, "announcements")) continue;
    const delivered = await deliverOnce({
      jobKey: `announcement:${announcementId}`,
      recipient: user.id,
      build: async () =>
        composeMail(user, "announcements", (t) => ({
          subject: t("notify.announcement.subject", {
            cohort: announcement.cohort.name,
            title: announcement.title,
          }),
          lines: [
            t("notify.announcement.intro", {
              author: announcement.author.name,
              cohort: announcement.cohort.name,
            }),
            "",
            announcement.title,
            "",
            announcement.body,
            "",
            t("notify.announcement.link", { link }),
          ],
        })),
    });
    if (delivered) sent++;
  }
  return sent;
}
