import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { sendMail, usesOutbox, type Mail } from "./send-mail.server";

type Tx = Prisma.TransactionClient;

/**
 * Sends one mail for (jobKey, recipient) at most once, however often the job
 * that calls it is retried.
 *
 * A row in SentMail is claimed in the same transaction in which `build`
 * prepares the mail (and may claim rows of its own, such as pending reply
 * notifications). With the development outbox the mail itself is written in
 * that transaction too, so it is exactly once even when the process is killed
 * mid-way. With SMTP the mail goes out after the commit; if sending fails the
 * claim is undone (`undo`) and the error is rethrown so the job is retried.
 * A crash between commit and SMTP hand-over loses that one mail rather than
 * sending it twice (docs/decisions/014-job-queue.md).
 *
 * Returns true when this call sent the mail; false when it was sent before or
 * `build` found nothing to send.
 */
export async function deliverOnce(input: {
  jobKey: string;
  recipient: string;
  build: (tx: Tx) => Promise<Mail | null>;
  undo?: (tx: Tx) => Promise<void>;
}): Promise<boolean> {
  const outbox = usesOutbox();
  const mail = await db.$transaction(async (tx) => {
    const claimed =
      await tx.$executeRaw`INSERT INTO "SentMail" ("jobKey", "recipient") VALUES (${input.jobKey}, ${input.recipient}) ON CONFLICT DO NOTHING`;
    if (claimed === 0) return null;
    const built = await input.build(tx);
    if (!built) {
      await tx.sentMail.delete({
        where: { jobKey_recipient: { jobKey: input.jobKey, recipient: input.recipient } },
      });
      return null;
    }
    if (outbox)
      await tx.outboxMail.create({
        data: { to: built.to, subject: built.subject, text: built.text, headers: built.headers },
      });
    return built;
  });
  if (!mail) return false;
  if (outbox) return true;
  try {
    await sendMail(mail);
    return true;
  } catch (error) {
    await db.$transaction(async (tx) => {
      await tx.sentMail.deleteMany({ where: { jobKey: input.jobKey, recipient: input.recipient } });
      await input.undo?.(tx);
    });
    throw error;
  }
}
