import nodemailer from "nodemailer";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
};

let transport: nodemailer.Transporter | undefined;

/** True when mails land in the development outbox table instead of going out by SMTP. */
export const usesOutbox = () => !env().SMTP_URL;

/**
 * Sends a mail by SMTP when SMTP_URL is set; otherwise it lands in the
 * development outbox (a table, shown at /dev/postvak), so that people and
 * tests can click its links.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    await db.outboxMail.create({
      data: { to: mail.to, subject: mail.subject, text: mail.text, headers: mail.headers },
    });
    return;
  }
  transport ??= nodemailer.createTransport(SMTP_URL);
  await transport.sendMail({ from: MAIL_FROM, ...mail });
}

/** The newest outbox mails, for the development page. */
export function listOutbox(take = 50) {
  return db.outboxMail.findMany({ orderBy: { createdAt: "desc" }, take });
}
