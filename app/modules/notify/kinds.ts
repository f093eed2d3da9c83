/** Kinds of mail a person can switch off one by one (each mail carries a one-click unsubscribe for its kind). */
export const MAIL_KINDS = ["replies", "reports", "reminders", "announcements", "vog"] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export const isMailKind = (value: unknown): value is MailKind => MAIL_KINDS.includes(value as MailKind);
