import { isLocale } from "~/i18n";
import { translator } from "~/i18n/catalogues.server";
import type { Translate } from "~/i18n/translate";
import { sendMail } from "~/modules/mail/send-mail.server";

type Person = { email: string; name: string; locale: string };

/** Sends each person a mail written in their own language. */
export async function mailEach(people: Person[], write: (t: Translate, person: Person) => { subject: string; text: string }) {
  for (const person of people) {
    const t = translator(isLocale(person.locale) ? person.locale : "nl");
    await sendMail({ to: person.email, ...write(t, person) });
  }
}
