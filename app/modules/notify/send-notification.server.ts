import type { Locale } from "~/i18n";
import type { Translate } from "~/i18n/translate";
import { sendMail } from "~/modules/mail/send-mail.server";
import { composeTextMail, type Recipient } from "./compose.server";
import type { MailKind } from "./kinds";
import { wantsMail } from "./preferences.server";

/** What a notification needs to know of its recipient: who, where, which language, and what they switched off. */
export const NOTIFY_RECIPIENT = {
  id: true,
  email: true,
  name: true,
  locale: true,
  notifyReplies: true,
  mailOptOuts: true,
} as const;
export type NotifyRecipient = Recipient & { notifyReplies: boolean; mailOptOuts: string[] };

/**
 * Sends one notification mail straight away (not from a job), in the
 * recipient's language with the unsubscribe footer of `kind`, unless the
 * person switched that kind off. Returns whether it went out.
 */
export async function sendNotification(
  recipient: NotifyRecipient,
  kind: MailKind,
  write: (t: Translate, locale: Locale) => { subject: string; text: string },
): Promise<boolean> {
  if (!wantsMail(recipient, kind)) return false;
  await sendMail(composeTextMail(recipient, kind, write));
  return true;
}

/** The same for several people, one by one. Returns how many mails went out. */
export async function notifyEach(
  people: NotifyRecipient[],
  kind: MailKind,
  write: (
    t: Translate,
    person: NotifyRecipient,
    locale: Locale,
  ) => { subject: string; text: string },
): Promise<number> {
  let sent = 0;
  for (const person of people)
    if (await sendNotification(person, kind, (t, locale) => write(t, person, locale))) sent++;
  return sent;
}
