import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as unsubscribePage from "~/routes/afmelden.$token";
import { MAIL_KINDS, TRANSACTIONAL_MAIL_SENDERS } from "~/modules/notify/kinds";
import { unsubscribeToken } from "~/modules/notify/unsubscribe-link.server";
import { db } from "~/utils/db.server";
import { call } from "./forum-helpers";
import { CASES } from "./notify-mail-cases";

// docs/decisions/014-job-queue.md (016 before the renumbering), "Which mails carry an unsubscribe link":
// every notification mail has a one-click unsubscribe link of its own kind
// and the preferences address; only the transactional senders are exempt.
// The mails, one per kind, are built in ./notify-mail-cases.ts.

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("which code may send a mail without the unsubscribe footer", () => {
  const files = sourceFiles("app").map((file) => ({
    file: file.split(path.sep).join("/"),
    text: readFileSync(file, "utf8"),
  }));

  it("only the transactional senders call sendMail themselves; every other mail goes through the notify module", () => {
    const mailModule = [
      "app/modules/mail/send-mail.server.ts",
      "app/modules/mail/deliver-once.server.ts",
      "app/modules/notify/send-notification.server.ts",
    ];
    const callers = files
      .filter(({ file, text }) => !mailModule.includes(file) && /\bsendMail\s*\(/.test(text))
      .map(({ file }) => file);
    expect(callers.sort()).toEqual([...TRANSACTIONAL_MAIL_SENDERS].sort());
    // nodemailer is used in one place only.
    expect(
      files.filter(({ text }) => /from "nodemailer"/.test(text)).map(({ file }) => file),
    ).toEqual(["app/modules/mail/send-mail.server.ts"]);
  });

  it("every job that mails builds the mail with the footer (composeMail)", () => {
    const jobs = files.filter(
      ({ file, text }) =>
        file !== "app/modules/mail/deliver-once.server.ts" && /\bdeliverOnce\s*\(/.test(text),
    );
    expect(jobs.length).toBeGreaterThanOrEqual(5);
    for (const { file, text } of jobs)
      expect(`${file}: ${/\bcompose(Text)?Mail\s*\(/.test(text)}`).toBe(`${file}: true`);
  });
});

describe("every notification mail carries its own unsubscribe link and the preferences address", () => {
  it("every kind a person can switch off has at least one mail in this list", () => {
    expect([...new Set(CASES.map((entry) => entry.kind))].sort()).toEqual([...MAIL_KINDS].sort());
  });

  it.each(CASES.map((entry) => [`${entry.kind}: ${entry.what}`, entry] as const))(
    "%s",
    async (_name, entry) => {
      const { person, send } = await entry.setup();
      const mailsTo = () =>
        db.outboxMail.findMany({ where: { to: person.email }, orderBy: { createdAt: "asc" } });
      await send();
      const mails = await mailsTo();
      expect(mails).toHaveLength(1);
      const [mail] = mails;
      const token = unsubscribeToken(person.id, entry.kind);
      expect(mail.text).toContain(`/afmelden/${token}`);
      expect(mail.text).toContain("/account/meldingen");
      expect(mail.text).toContain("Afmelden voor deze e-mails (één klik)");
      expect(mail.headers).toMatchObject({
        "List-Unsubscribe": expect.stringContaining(`/afmelden/${token}>`),
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      });

      // The link in the mail, clicked without a login, switches this kind off: the next such event sends nothing.
      const link = /\/afmelden\/(\S+)/.exec(mail.text)![1];
      const clicked = await call(null, unsubscribePage.action, {
        path: `/afmelden/${link}`,
        params: { token: link },
        form: { "List-Unsubscribe": "One-Click" },
      });
      expect(clicked.status).toBe(200);
      await send();
      expect(await mailsTo()).toHaveLength(1);
    },
  );
});
