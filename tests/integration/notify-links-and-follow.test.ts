import { describe, expect, it } from "vitest";
import * as unsubscribePage from "~/routes/afmelden.$token";
import * as preferences from "~/routes/account_.meldingen";
import * as thread from "~/routes/groepen_.$cohortId_.casussen.$caseId";
import { sendReportAlert } from "~/modules/forum/report-alerts.server";
import { unsubscribeToken } from "~/modules/notify/unsubscribe-link.server";
import { db } from "~/utils/db.server";
import { factories } from "../factories";
import { call, makeCase, twoCohorts } from "./forum-helpers";

const make = factories(db);
const optOuts = async (userId: string) =>
  await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { mailOptOuts: true, notifyReplies: true },
  });
const openLink = (token: string) =>
  call(null, unsubscribePage.loader, { path: `/afmelden/${token}`, params: { token } });
const clickUnsubscribe = (token: string) =>
  call(null, unsubscribePage.action, {
    path: `/afmelden/${token}`,
    params: { token },
    form: { "List-Unsubscribe": "One-Click" },
  });

describe("one-click unsubscribe links", () => {
  it("work without login, only for their own person and kind; opening the link changes nothing", async () => {
    const anna = await make.user({ name: "Anna Unsub" });
    const bert = await make.user({ name: "Bert Blijft" });
    const token = unsubscribeToken(anna.id, "reminders");

    const page = await openLink(token);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("reminders");
    expect((await optOuts(anna.id)).mailOptOuts).toEqual([]);

    expect((await clickUnsubscribe(token)).status).toBe(200);
    expect(await optOuts(anna.id)).toEqual({ mailOptOuts: ["reminders"], notifyReplies: true });
    expect(await optOuts(bert.id)).toEqual({ mailOptOuts: [], notifyReplies: true });
    // Clicking twice is harmless.
    expect((await clickUnsubscribe(token)).status).toBe(200);
    expect((await optOuts(anna.id)).mailOptOuts).toEqual(["reminders"]);

    const replies = unsubscribeToken(anna.id, "replies");
    expect((await clickUnsubscribe(replies)).status).toBe(200);
    expect((await optOuts(anna.id)).notifyReplies).toBe(false);
  });

  it("refuses forged and altered links", async () => {
    const anna = await make.user({ name: "Anna Vervalst" });
    const bert = await make.user({ name: "Bert Doelwit" });
    const real = unsubscribeToken(anna.id, "reminders");
    const [, , signature] = real.split(".");
    const forged = [
      `${bert.id}.reminders.${signature}`, // someone else's id with Anna's signature
      `${anna.id}.reports.${signature}`, // another kind
      `${anna.id}.reminders.${signature.slice(0, -2)}xx`, // altered signature
      `${anna.id}.reminders`, // no signature
      `${bert.id}.reminders.${"A".repeat(43)}`,
      "onzin",
    ];
    for (const token of forged) {
      expect((await openLink(token)).status).toBe(404);
      expect((await clickUnsubscribe(token)).status).toBe(404);
    }
    expect(await optOuts(anna.id)).toEqual({ mailOptOuts: [], notifyReplies: true });
    expect(await optOuts(bert.id)).toEqual({ mailOptOuts: [], notifyReplies: true });
  });

  it("the preferences page sets the reply frequency and the other kinds", async () => {
    const anna = await make.user({ name: "Anna Instellingen" });
    const saved = await call(anna.id, preferences.action, {
      path: "/account/meldingen",
      params: {},
      form: [
        ["replies", "daily"],
        ["kinds", "1"],
        ["receive", "reports"],
        ["receive", "vog"],
      ],
    });
    expect(saved.status).toBe(302);
    const user = await db.user.findUniqueOrThrow({
      where: { id: anna.id },
      select: { notifyReplies: true, replyDigest: true, mailOptOuts: true },
    });
    expect(user).toEqual({
      notifyReplies: true,
      replyDigest: true,
      mailOptOuts: ["reminders", "announcements", "moderation", "course", "agreements"],
    });
    const page = await (
      await call(anna.id, preferences.loader, { path: "/account/meldingen", params: {} })
    ).json();
    expect(page).toEqual({
      replies: "daily",
      optOuts: ["reminders", "announcements", "moderation", "course", "agreements"],
    });
  });
});

describe("following cases and report alerts", () => {
  const replyTo = (cohortId: string, caseId: string, userId: string, body: string) =>
    call(userId, thread.action, {
      path: `/groepen/${cohortId}/casussen/${caseId}`,
      params: { cohortId, caseId },
      form: { intent: "reply", body },
    });

  it("the author and repliers follow by default; anyone can follow or unfollow with the button", async () => {
    const { a } = await twoCohorts();
    const watcher = await make.user({ name: "Wim Watcher" });
    await db.cohortMember.create({ data: { cohortId: a.id, userId: watcher.id } });
    const posted = await makeCase({ cohortId: a.id, authorId: a.sport.id });
    const pendingFor = (userId: string) =>
      db.pendingNotification.count({ where: { userId, caseId: posted.id } });

    const follow = await call(watcher.id, thread.action, {
      path: `/groepen/${a.id}/casussen/${posted.id}`,
      params: { cohortId: a.id, caseId: posted.id },
      form: { intent: "follow" },
    });
    expect(follow.status).toBe(302);
    const shown = await (
      await call(watcher.id, thread.loader, {
        path: `/groepen/${a.id}/casussen/${posted.id}`,
        params: { cohortId: a.id, caseId: posted.id },
      })
    ).json();
    expect(shown.viewer.following).toBe(true);

    await replyTo(a.id, posted.id, a.welfare.id, "Een eerste idee.");
    expect([
      await pendingFor(a.sport.id),
      await pendingFor(watcher.id),
      await pendingFor(a.welfare.id),
    ]).toEqual([1, 1, 0]);

    // The author unfollows; the replier now follows and hears of the next reply.
    await call(a.sport.id, thread.action, {
      path: `/groepen/${a.id}/casussen/${posted.id}`,
      params: { cohortId: a.id, caseId: posted.id },
      form: { intent: "unfollow" },
    });
    await replyTo(a.id, posted.id, watcher.id, "Nog een idee.");
    expect([
      await pendingFor(a.sport.id),
      await pendingFor(watcher.id),
      await pendingFor(a.welfare.id),
    ]).toEqual([1, 1, 1]);

    // Someone from another cohort cannot follow this case.
    const { b } = await twoCohorts();
    const outsider = await call(b.sport.id, thread.action, {
      path: `/groepen/${a.id}/casussen/${posted.id}`,
      params: { cohortId: a.id, caseId: posted.id },
      form: { intent: "follow" },
    });
    expect(outsider.status).toBe(403);
  });

  it("staff of the space get one mail per report, not the reporter's name, and a retried job sends none again", async () => {
    const { a } = await twoCohorts();
    const posted = await makeCase({
      cohortId: a.id,
      authorId: a.sport.id,
      title: "Een gemelde casus",
    });
    const reported = await call(a.welfare.id, thread.action, {
      path: `/groepen/${a.id}/casussen/${posted.id}`,
      params: { cohortId: a.id, caseId: posted.id },
      form: { intent: "report", reason: "Er staat een volledige naam in." },
    });
    expect(reported.status).toBe(200);
    const report = await db.forumReport.findFirstOrThrow({ where: { caseId: posted.id } });
    expect(await sendReportAlert({ reportId: report.id })).toBe(1);
    expect(await sendReportAlert({ reportId: report.id })).toBe(0);
    const mails = await db.outboxMail.findMany({ where: { to: a.facilitator.email } });
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain("Een gemelde casus");
    expect(mails[0].text).toContain("Er staat een volledige naam in.");
    expect(mails[0].text).not.toContain(a.welfare.name);
    expect(mails[0].text).toContain(`/afmelden/${unsubscribeToken(a.facilitator.id, "reports")}`);
    expect(
      await db.outboxMail.count({ where: { to: { in: [a.sport.email, a.welfare.email] } } }),
    ).toBe(0);
  });
});
