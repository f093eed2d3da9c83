import { describe, expect, it } from "vitest";
import { runHousekeeping } from "~/flows/housekeeping.server";
import { db } from "~/utils/db.server";
import { factories } from "../factories";

const make = factories(db);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("daily housekeeping", () => {
  it("deletes what expired and keeps everything still current", async () => {
    const now = new Date();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const ahead = (ms: number) => new Date(now.getTime() + ms);
    const user = await make.user({ name: "Huis Houder" });
    const facilitator = await make.user({ role: "FACILITATOR" });
    const open = await make.cohort({ facilitatorId: facilitator.id, participantIds: [user.id] });
    const closed = await make.cohort({ facilitatorId: facilitator.id, participantIds: [user.id] });
    await db.cohort.update({ where: { id: open.id }, data: { evaluationOpenedAt: ago(DAY) } });
    const secretHash = new Uint8Array(32);

    await db.session.createMany({
      data: [
        {
          id: "s-absolute-gone",
          secretHash,
          userId: user.id,
          absoluteExpiresAt: ago(1000),
          lastVerifiedAt: ago(HOUR),
        },
        {
          id: "s-idle-gone",
          secretHash,
          userId: user.id,
          absoluteExpiresAt: ahead(30 * DAY),
          lastVerifiedAt: ago(15 * DAY),
        },
        {
          id: "s-current",
          secretHash,
          userId: user.id,
          absoluteExpiresAt: ahead(30 * DAY),
          lastVerifiedAt: ago(13 * DAY),
        },
      ],
    });
    await db.rateLimit.createMany({
      data: [
        { key: "login:account:old", count: 9, windowStart: ago(2 * HOUR) },
        { key: "login:account:now", count: 3, windowStart: ago(5 * 60_000) },
      ],
    });
    await db.passwordResetToken.createMany({
      data: [
        { tokenHash: "used", userId: user.id, expiresAt: ahead(HOUR), usedAt: ago(60_000) },
        { tokenHash: "expired", userId: user.id, expiresAt: ago(1000) },
        { tokenHash: "usable", userId: user.id, expiresAt: ahead(HOUR) },
      ],
    });
    await db.invitation.createMany({
      data: [
        {
          tokenHash: "inv-expired",
          createdById: facilitator.id,
          cohortId: open.id,
          expiresAt: ago(1000),
        },
        {
          tokenHash: "inv-used-up",
          createdById: facilitator.id,
          cohortId: open.id,
          expiresAt: ahead(DAY),
          maxUses: 1,
          uses: 1,
        },
        {
          tokenHash: "inv-current",
          createdById: facilitator.id,
          cohortId: open.id,
          expiresAt: ahead(DAY),
          maxUses: 5,
          uses: 1,
        },
      ],
    });
    await db.evaluationDraft.createMany({
      data: [
        { userId: user.id, cohortId: open.id, answers: { C1: 7 } },
        { userId: user.id, cohortId: closed.id, answers: { C1: 4 } },
      ],
    });
    const oldMail = await db.outboxMail.create({
      data: { to: user.email, subject: "Oud", text: "oud", createdAt: ago(31 * DAY) },
    });
    const newMail = await db.outboxMail.create({
      data: { to: user.email, subject: "Nieuw", text: "nieuw", createdAt: ago(29 * DAY) },
    });

    const deleted = await runHousekeeping({ now });
    expect(deleted).toMatchObject({
      sessions: 2,
      rateLimits: 1,
      resetTokens: 2,
      invitations: 2,
      drafts: 1,
      outbox: 1,
    });

    expect(
      (await db.session.findMany({ where: { userId: user.id } })).map((row) => row.id),
    ).toEqual(["s-current"]);
    expect(
      (await db.rateLimit.findMany({ where: { key: { startsWith: "login:account:" } } })).map(
        (row) => row.key,
      ),
    ).toEqual(["login:account:now"]);
    expect(
      (await db.passwordResetToken.findMany({ where: { userId: user.id } })).map(
        (row) => row.tokenHash,
      ),
    ).toEqual(["usable"]);
    expect(
      (await db.invitation.findMany({ where: { createdById: facilitator.id } })).map(
        (row) => row.tokenHash,
      ),
    ).toEqual(["inv-current"]);
    expect(
      (await db.evaluationDraft.findMany({ where: { userId: user.id } })).map(
        (row) => row.cohortId,
      ),
    ).toEqual([open.id]);
    expect(await db.outboxMail.findUnique({ where: { id: oldMail.id } })).toBeNull();
    expect(await db.outboxMail.findUnique({ where: { id: newMail.id } })).not.toBeNull();

    // A second run the same day finds nothing more to do.
    expect(Object.values(await runHousekeeping({ now })).every((count) => count === 0)).toBe(true);
  });
});
