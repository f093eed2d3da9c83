import nodemailer from "nodemailer";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";

export type Mail = { to: string; subject: string; text: string };

let transport: nodemailer.Transporter | undefined;

/**
 * Sends a mail by SMTP when SMTP_URL is set; otherwise it lands in the
 * development outbox (a table, shown at /dev/postvak), so that people and
 * tests can click its links.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    await db.outboxMail.create({ data: mail });
    return;
  }
  transport ??= nodemailer.createTransport(SMTP_URL);
  await transport.sendMail({ from: MAIL_FROM, ...mail });
}

/** The newest outbox mails, for the development page. */
export function listOutbox(take = 50) {
  return db.outboxMail.findMany({ orderBy: { createdAt: "desc" }, take });
}
