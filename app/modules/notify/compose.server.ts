import { isLocale, type Locale } from "~/i18n";
import { translator } from "~/i18n/catalogues.server";
import type { Translate } from "~/i18n/translate";
import type { Mail } from "~/modules/mail/send-mail.server";
import { env } from "~/utils/env.server";
import type { MailKind } from "./kinds";
import { unsubscribeToken } from "./unsubscribe-link.server";

export type Recipient = { id: string; email: string; name: string; locale: string };

/** The public address of the app, for links in mails. */
export const appOrigin = () => env().APP_URL ?? `http://localhost:${env().PORT}`;

const recipientLocale = (recipient: { locale: string }): Locale =>
  isLocale(recipient.locale) ? recipient.locale : "nl";

/**
 * A mail in the recipient's language: greeting, body lines, and a footer with
 * a one-click unsubscribe link for this kind and the preferences page. The
 * same link goes in the List-Unsubscribe headers (RFC 2369 and RFC 8058), so
 * mail programs can show their own unsubscribe button.
 */
export function composeMail(
  recipient: Recipient,
  kind: MailKind,
  build: (t: Translate, locale: Locale) => { subject: string; lines: string[] },
): Mail {
  return composeTextMail(recipient, kind, (t, locale) => {
    const { subject, lines } = build(t, locale);
    return {
      subject,
      text: [t("notify.greeting", { name: recipient.name }), "", ...lines].join("\n"),
    };
  });
}

/**
 * The same footer and headers under a mail whose whole text (greeting
 * included) comes from one catalogue message. Every notification mail goes
 * through here; only transactional mails (TRANSACTIONAL_MAIL_SENDERS in
 * ./kinds) are sent without it.
 */
export function composeTextMail(
  recipient: Recipient,
  kind: MailKind,
  build: (t: Translate, locale: Locale) => { subject: string; text: string },
): Mail {
  const locale = recipientLocale(recipient);
  const t = translator(locale);
  const { subject, text } = build(t, locale);
  const origin = appOrigin();
  const unsubscribe = `${origin}/afmelden/${unsubscribeToken(recipient.id, kind)}`;
  return {
    to: recipient.email,
    subject,
    text: [
      text,
      "",
      "-- ",
      t("notify.footerWhy", { kind: t(`notify.kinds.${kind}`) }),
      t("notify.footerUnsubscribe", { link: unsubscribe }),
      t("notify.footerPreferences", { link: `${origin}/account/meldingen` }),
    ].join("\n"),
    headers: {
      "List-Unsubscribe": `<${unsubscribe}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
