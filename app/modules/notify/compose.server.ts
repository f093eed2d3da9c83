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

const recipientLocale = (recipient: { locale: string }): Locale => (isLocale(recipient.locale) ? recipient.locale : "nl");

/**
 * A mail in the recipient's language: greeting, body lines, and a footer with
 * a one-click unsubscribe link for this kind and the preferences page. The
 * same link goes in the List-Unsubscribe headers (RFC 2369 and RFC 8058), so
 * mail programs can show their own unsubscribe button.
 */
export function composeMail(recipient: Recipient, kind: MailKind, build: (t: Translate, locale: Locale) => { subject: string; lines: string[] }): Mail {
  const locale = recipientLocale(recipient);
  const t = translator(locale);
  const { subject, lines } = build(t, locale);
  const origin = appOrigin();
  const unsubscribe = `${origin}/afmelden/${unsubscribeToken(recipient.id, kind)}`;
  const text = [
    t("notify.greeting", { name: recipient.name }),
    "",
    ...lines,
    "",
    "-- ",
    t("notify.footerWhy", { kind: t(`notify.kinds.${kind}`) }),
    t("notify.footerUnsubscribe", { link: unsubscribe }),
    t("notify.footerPreferences", { link: `${origin}/account/meldingen` }),
  ].join("\n");
  return {
    to: recipient.email,
    subject,
    text,
    headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}
