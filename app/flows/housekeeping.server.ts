import { purgeHiddenPosts } from "~/modules/forum/edit-post.server";
import { LIMITS } from "~/modules/auth/rate-limit.server";
import { IDLE_TIMEOUT_MS } from "~/modules/auth/session.server";
import { db } from "~/utils/db.server";
import { jobNow } from "~/modules/jobs/clock.server";

const DAY = 86_400_000;
/** Development mails are kept this long. */
const OUTBOX_KEEP_DAYS = 30;
/** Records of sent job mails outlive any retry of their job (pg-boss keeps jobs 14 days at most). */
const SENT_MAIL_KEEP_DAYS = 60;

/**
 * The daily clean-up. Deletes only what can no longer be used: sessions past
 * their absolute or idle expiry, rate-limit windows that have ended, reset
 * tokens that were used or expired, invitations that expired or are used up,
 * drafts of evaluations that are closed, development mails older than 30
 * days. Returns what it deleted, per kind.
 */
export async function runHousekeeping({ now = jobNow() }: { now?: Date } = {}) {
  const longestWindowMs =
    Math.max(...Object.values(LIMITS).map((limit) => limit.windowMinutes)) * 60_000;
  const [sessions, rateLimits, resetTokens, invitations, drafts, outbox, sentMails] =
    await Promise.all([
      db.session.deleteMany({
        where: {
          OR: [
            { absoluteExpiresAt: { lte: now } },
            { lastVerifiedAt: { lte: new Date(now.getTime() - IDLE_TIMEOUT_MS) } },
          ],
        },
      }),
      db.rateLimit.deleteMany({
        where: { windowStart: { lte: new Date(now.getTime() - longestWindowMs) } },
      }),
      db.passwordResetToken.deleteMany({
        where: { OR: [{ usedAt: { not: null } }, { expiresAt: { lte: now } }] },
      }),
      db.$executeRaw`DELETE FROM "Invitation" WHERE "expiresAt" <= ${now} OR ("maxUses" IS NOT NULL AND "uses" >= "maxUses")`,
      db.evaluationDraft.deleteMany({ where: { cohort: { evaluationOpenedAt: null } } }),
      db.outboxMail.deleteMany({
        where: { createdAt: { lt: new Date(now.getTime() - OUTBOX_KEEP_DAYS * DAY) } },
      }),
      db.sentMail.deleteMany({
        where: { sentAt: { lt: new Date(now.getTime() - SENT_MAIL_KEEP_DAYS * DAY) } },
      }),
    ]);
  // Staff-hidden forum posts are erased after the retention period the privacy statement names.
  const purged = await purgeHiddenPosts(now);
  const hiddenPosts = purged.cases + purged.replies;
  return {
    sessions: sessions.count,
    rateLimits: rateLimits.count,
    resetTokens: resetTokens.count,
    invitations,
    drafts: drafts.count,
    outbox: outbox.count,
    sentMails: sentMails.count,
    hiddenPosts,
  };
}
