import { db } from "~/utils/db.server";
import { appOrigin } from "~/modules/notify/compose.server";
import {
  NOTIFY_RECIPIENT,
  sendNotification,
  type NotifyRecipient,
} from "~/modules/notify/send-notification.server";
import { todayInAmsterdam } from "~/utils/dates";
import { isoDay } from "./aspects";

export function listAgreements(coalitionId: string) {
  return db.agreement.findMany({
    where: { coalitionId },
    orderBy: [{ status: "asc" }, { dueOn: "asc" }],
    select: {
      id: true,
      text: true,
      personName: true,
      dueOn: true,
      status: true,
      ownerOrg: { select: { id: true, name: true } },
    },
  });
}

/** An agreement owned by one of the coalition's partners; another organisation changes nothing. */
export async function addAgreement(
  coalitionId: string,
  input: { text: string; ownerOrgId: string; personName: string; dueOn: Date },
): Promise<boolean> {
  if (!(await db.coalitionPartner.count({ where: { coalitionId, orgId: input.ownerOrgId } })))
    return false;
  await db.agreement.create({ data: { coalitionId, ...input } });
  return true;
}

export async function setAgreementStatus(
  coalitionId: string,
  agreementId: string,
  status: "OPEN" | "DONE" | "DROPPED",
): Promise<boolean> {
  const { count } = await db.agreement.updateMany({
    where: { id: agreementId, coalitionId },
    data: { status },
  });
  return count > 0;
}

export function listHandovers(coalitionId: string) {
  return db.handoverNote.findMany({
    where: { coalitionId },
    orderBy: [{ orgId: "asc" }, { roleTitle: "asc" }],
    select: {
      orgId: true,
      roleTitle: true,
      text: true,
      updatedAt: true,
      org: { select: { name: true } },
    },
  });
}

/** The handover note of the writer's own role in the coalition (their organisation + role title). */
export async function saveHandover(input: {
  coalitionId: string;
  orgId: string;
  roleTitle: string;
  text: string;
  userId: string;
}) {
  const key = { coalitionId: input.coalitionId, orgId: input.orgId, roleTitle: input.roleTitle };
  await db.handoverNote.upsert({
    where: { coalitionId_orgId_roleTitle: key },
    create: { ...key, text: input.text, updatedById: input.userId },
    update: { text: input.text, updatedById: input.userId },
  });
}

/**
 * Mails a reminder for every open agreement whose date has passed (before
 * today in the Netherlands), once: each agreement is claimed by setting
 * remindedAt in the same statement that finds it, so two workers never both
 * send. The mail goes to the current members of the owning organisation and
 * the coalition's coordinators. Meant to run daily from the job queue.
 */
export async function remindOverdueAgreements(
  now = new Date(),
  origin = appOrigin(),
): Promise<number> {
  const today = todayInAmsterdam(now);
  const claimed = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Agreement" SET "remindedAt" = ${now}
     WHERE "status" = 'OPEN' AND "remindedAt" IS NULL AND "dueOn" < ${isoDay(today)}::date
    RETURNING "id"`;
  if (!claimed.length) return 0;
  const agreements = await db.agreement.findMany({
    where: { id: { in: claimed.map((row) => row.id) } },
    select: {
      text: true,
      dueOn: true,
      personName: true,
      ownerOrgId: true,
      ownerOrg: { select: { name: true } },
      coalition: {
        select: {
          id: true,
          name: true,
          members: {
            where: { leftAt: null },
            select: { orgId: true, role: true, user: { select: NOTIFY_RECIPIENT } },
          },
        },
      },
    },
  });
  let sent = 0;
  for (const agreement of agreements) {
    const to = new Map<string, NotifyRecipient>();
    for (const member of agreement.coalition.members)
      if (member.orgId === agreement.ownerOrgId || member.role === "COORDINATOR")
        to.set(member.user.id, member.user);
    for (const person of to.values()) {
      // In the person's own language, with the unsubscribe footer; someone who switched these off gets none.
      const delivered = await sendNotification(person, "agreements", (t) => ({
        subject: t("coalitions.reminder.subject", { coalition: agreement.coalition.name }),
        text: [
          t("notify.greeting", { name: person.name }),
          "",
          t("coalitions.reminder.text", {
            coalition: agreement.coalition.name,
            text: agreement.text,
            org: agreement.ownerOrg.name,
            person: agreement.personName || "—",
            date: isoDay(agreement.dueOn),
            link: `${origin}/coalities/${agreement.coalition.id}/afspraken`,
          }),
        ].join("\n"),
      }));
      if (delivered) sent += 1;
    }
  }
  return sent;
}
