/**
 * Kinds of mail a person can switch off one by one. Every notification mail
 * carries a one-click unsubscribe link for its kind and the address of the
 * preferences page (composeMail / composeTextMail in ./compose.server).
 */
export const MAIL_KINDS = [
  "replies",
  "reports",
  "reminders",
  "announcements",
  "vog",
  "moderation",
  "course",
  "agreements",
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export const isMailKind = (value: unknown): value is MailKind =>
  MAIL_KINDS.includes(value as MailKind);

/**
 * The only files that send a mail without that footer: transactional mails,
 * which carry a one-time link the recipient needs to get in (a password
 * reset, an invitation) and are sent because someone asked for exactly that
 * access. No one can unsubscribe from them, and they hold no news. Every other
 * mail is a notification and goes through the notify module
 * (docs/decisions/014-job-queue.md, "Which mails carry an unsubscribe link";
 * tests/integration/notify-every-mail-footer.test.ts enforces this list).
 */
export const TRANSACTIONAL_MAIL_SENDERS = [
  "app/modules/auth/password-reset.server.ts",
  "app/modules/cohorts/cohort-invitations.server.ts",
  "app/modules/cohorts/bulk-invitations.server.ts",
] as const;
