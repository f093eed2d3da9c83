import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { queryCount } from "~/utils/query-count.server";
import * as list from "~/routes/groepen_.$cohortId_.casussen._index";
import * as thread from "~/routes/groepen_.$cohortId_.casussen.$caseId";
import { countUnread } from "~/modules/forum/thread-read.server";
import { sendPendingReplyNotifications } from "~/modules/forum/reply-notifications.server";
import { factories } from "../factories";
import { call, makeCase, twoCohorts } from "./forum-helpers";

describe("pseudonymous posts", () => {
  it("never send the writer's name, e-mail or id to a peer; the facilitator sees who", async () => {
    const { a } = await twoCohorts();
    const hidden = await factories(db).user({
      name: "Wilhelmina Geheimhouder",
      email: "wilhelmina@verborgen.nl",
      domain: "ZORG",
    });
    await db.cohortMember.create({ data: { cohortId: a.id, userId: hidden.id } });
    const posted = await makeCase({
      cohortId: a.id,
      authorId: hidden.id,
      pseudonymous: true,
      title: "Een sporter met een LVB",
    });
    await db.forumReply.create({
      data: {
        caseId: posted.id,
        authorId: hidden.id,
        authorDomain: "ZORG",
        pseudonymous: true,
        body: "Aanvulling van mij",
      },
    });

    const leaks = (text: string) =>
      [hidden.name, "Wilhelmina", hidden.email, hidden.id].filter((secret) =>
        text.includes(secret),
      );
    for (const loader of [
      () =>
        call(a.sport.id, list.loader, {
          path: `/groepen/${a.id}/casussen`,
          params: { cohortId: a.id },
        }),
      () =>
        call(a.sport.id, thread.loader, {
          path: `/groepen/${a.id}/casussen/${posted.id}`,
          params: { cohortId: a.id, caseId: posted.id },
        }),
      () =>
        call(a.sport.id, list.loader, {
          path: `/groepen/${a.id}/casussen?zoek=aanvulling`,
          params: { cohortId: a.id },
        }),
    ]) {
      const text = await (await loader()).text();
      expect(text).toContain("Een sporter met een LVB");
      expect(leaks(text)).toEqual([]);
    }
    const staff = await call(a.facilitator.id, thread.loader, {
      path: `/groepen/${a.id}/casussen/${posted.id}`,
      params: { cohortId: a.id, caseId: posted.id },
    });
    expect(await staff.text()).toContain("Wilhelmina Geheimhouder");
  });
});

describe("the thread page", () => {
  it("loads with the same number of database round trips for 5 and for 50 replies", async () => {
    const { a } = await twoCohorts();
    const measure = async (replies: number) => {
      const posted = await makeCase({ cohortId: a.id, authorId: a.sport.id });
      await db.forumReply.createMany({
        data: Array.from({ length: replies }, (_, index) => ({
          caseId: posted.id,
          authorId: index % 2 ? a.welfare.id : a.facilitator.id,
          authorDomain: "WELZIJN" as const,
          body: `Reactie **${index}**`,
        })),
      });
      const replyIds = await db.forumReply.findMany({
        where: { caseId: posted.id },
        select: { id: true },
      });
      await db.helpfulMark.createMany({
        data: replyIds.map((reply) => ({ replyId: reply.id, userId: a.sport.id })),
      });
      const before = queryCount();
      const response = await call(a.sport.id, thread.loader, {
        path: `/groepen/${a.id}/casussen/${posted.id}`,
        params: { cohortId: a.id, caseId: posted.id },
      });
      const used = queryCount() - before;
      const data = (await response.json()) as { thread: { replies: { helpfulCount: number }[] } };
      expect(data.thread.replies).toHaveLength(Math.min(replies, 20));
      expect(data.thread.replies.every((reply) => reply.helpfulCount === 1)).toBe(true);
      return used;
    };
    const few = await measure(5);
    const many = await measure(50);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});

describe("staying in touch", () => {
  it("queues reply mails, sends one mail per person in a batch, and counts unread threads", async () => {
    const { a } = await twoCohorts();
    const first = await makeCase({ cohortId: a.id, authorId: a.sport.id, title: "Eerste casus" });
    const second = await makeCase({ cohortId: a.id, authorId: a.sport.id, title: "Tweede casus" });
    await db.threadRead.createMany({
      data: [first, second].map((row) => ({
        userId: a.sport.id,
        caseId: row.id,
        lastReadAt: new Date(),
      })),
    });
    expect(await countUnread({ cohortId: a.id, userId: a.sport.id })).toBe(0);
    expect(await countUnread({ cohortId: a.id, userId: a.welfare.id })).toBe(2);

    for (const [caseId, body] of [
      [first.id, "Probeer eens een kort gesprek."],
      [first.id, "Betrek de ouders."],
      [second.id, "Vraag de jeugdcoördinator."],
    ]) {
      const response = await call(a.welfare.id, thread.action, {
        path: `/groepen/${a.id}/casussen/${caseId}`,
        params: { cohortId: a.id, caseId },
        form: { intent: "reply", body },
      });
      expect(response.status).toBe(302);
    }
    expect(
      await db.pendingNotification.count({ where: { userId: a.sport.id, sentAt: null } }),
    ).toBe(3);
    expect(await countUnread({ cohortId: a.id, userId: a.sport.id })).toBe(2);
    expect(await db.outboxMail.count({ where: { to: a.sport.email } })).toBe(0);

    expect(
      await sendPendingReplyNotifications({ now: new Date(Date.now() + 60_000), delayMinutes: 15 }),
    ).toBe(0);
    expect(
      await sendPendingReplyNotifications({
        now: new Date(Date.now() + 16 * 60_000),
        delayMinutes: 15,
      }),
    ).toBe(1);
    const mails = await db.outboxMail.findMany({ where: { to: a.sport.email } });
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain("Eerste casus: 2 nieuwe reacties");
    expect(mails[0].text).toContain("Tweede casus: 1 nieuwe reactie");
    expect(mails[0].text).not.toContain(a.welfare.name);
    expect(
      await sendPendingReplyNotifications({
        now: new Date(Date.now() + 60 * 60_000),
        delayMinutes: 15,
      }),
    ).toBe(0);

    // Reading the thread (a POST) clears its unread marker.
    expect(
      (
        await call(a.sport.id, thread.action, {
          path: `/groepen/${a.id}/casussen/${first.id}`,
          params: { cohortId: a.id, caseId: first.id },
          form: { intent: "read" },
        })
      ).status,
    ).toBe(302);
    expect(await countUnread({ cohortId: a.id, userId: a.sport.id })).toBe(1);

    await db.user.update({ where: { id: a.sport.id }, data: { notifyReplies: false } });
    await call(a.welfare.id, thread.action, {
      path: `/groepen/${a.id}/casussen/${second.id}`,
      params: { cohortId: a.id, caseId: second.id },
      form: { intent: "reply", body: "Nog een idee." },
    });
    expect(
      await db.pendingNotification.count({ where: { userId: a.sport.id, sentAt: null } }),
    ).toBe(0);
  });

  it("shares only the learner's own reflection as a case", async () => {
    const { a } = await twoCohorts();
    const mine = await db.reflection.create({
      data: {
        userId: a.sport.id,
        cohortId: a.id,
        reflectionId: "r1",
        moduleKey: "kern/teamprocessen",
        text: "In mijn team zitten twee groepjes die elkaar negeren.",
      },
    });
    const other = await db.reflection.create({
      data: {
        userId: a.welfare.id,
        cohortId: a.id,
        reflectionId: "r1",
        moduleKey: "kern/teamprocessen",
        text: "Tekst van iemand anders die privé moet blijven.",
      },
    });
    const newCase = await import("~/routes/groepen_.$cohortId_.casussen.nieuw");
    const prefill = async (reflectionId: string) => {
      const response = await call(a.sport.id, newCase.loader, {
        path: `/groepen/${a.id}/casussen/nieuw?reflectie=${reflectionId}`,
        params: { cohortId: a.id },
      });
      return ((await response.json()) as { prefill: { situation: string } }).prefill.situation;
    };
    expect(await prefill(mine.id)).toBe(mine.text);
    expect(await prefill(other.id)).toBe("");
    const form = (reflectionId: string): [string, string][] => [
      ["title", "Twee groepjes"],
      ["situation", mine.text],
      ["whatIDid", "Gemengde oefeningen"],
      ["question", "Wat werkt nog meer?"],
      ["themes", "teamprocessen"],
      ["reflectionId", reflectionId],
    ];
    await call(a.sport.id, newCase.action, {
      path: `/groepen/${a.id}/casussen/nieuw`,
      params: { cohortId: a.id },
      form: form(other.id),
    });
    await call(a.sport.id, newCase.action, {
      path: `/groepen/${a.id}/casussen/nieuw`,
      params: { cohortId: a.id },
      form: form(mine.id),
    });
    expect(
      (await db.reflection.findUniqueOrThrow({ where: { id: other.id } })).sharedCaseId,
    ).toBeNull();
    expect(
      (await db.reflection.findUniqueOrThrow({ where: { id: mine.id } })).sharedCaseId,
    ).not.toBeNull();
  });
});
