import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as thread from "~/routes/groepen_.$cohortId_.casussen.$caseId";
import * as reports from "~/routes/groepen_.$cohortId_.casussen.meldingen";
import { call, makeCase, twoCohorts } from "./forum-helpers";

const threadCall = (
  userId: string,
  cohortId: string,
  caseId: string,
  form: Record<string, string>,
) =>
  call(userId, thread.action, {
    path: `/groepen/${cohortId}/casussen/${caseId}`,
    params: { cohortId, caseId },
    form,
  });

describe("moderation rights", () => {
  it("a participant cannot hide, lock, edit or delete another's post; the facilitator can hide and lock", async () => {
    const { a } = await twoCohorts();
    const posted = await makeCase({ cohortId: a.id, authorId: a.sport.id });
    const reply = await db.forumReply.create({
      data: {
        caseId: posted.id,
        authorId: a.sport.id,
        authorDomain: "SPORT",
        body: "Eigen aanvulling",
      },
    });

    const attempts: Record<string, string>[] = [
      { intent: "hide" },
      { intent: "hide", replyId: reply.id },
      { intent: "lock" },
      {
        intent: "edit-case",
        title: "Overgenomen",
        situation: "Iemand anders schrijft hier nu de situatie.",
        whatIDid: "Niets",
        question: "Mag dit zomaar?",
      },
      { intent: "edit-reply", replyId: reply.id, body: "Overgenomen reactie" },
      { intent: "delete" },
      { intent: "delete", replyId: reply.id },
    ];
    for (const form of attempts) {
      const response = await threadCall(a.welfare.id, a.id, posted.id, form);
      expect([403, 404], `${form.intent} by a peer`).toContain(response.status);
    }
    const after = await db.forumCase.findUniqueOrThrow({
      where: { id: posted.id },
      include: { replies: true },
    });
    expect(after).toMatchObject({
      title: posted.title,
      hiddenAt: null,
      lockedAt: null,
      deletedAt: null,
      editedAt: null,
    });
    expect(after.replies[0]).toMatchObject({
      body: "Eigen aanvulling",
      hiddenAt: null,
      deletedAt: null,
    });
    expect(await db.forumEdit.count()).toBe(0);

    expect(
      (
        await threadCall(a.facilitator.id, a.id, posted.id, {
          intent: "hide",
          replyId: reply.id,
          reason: "Er stond een naam in.",
        })
      ).status,
    ).toBe(302);
    expect((await threadCall(a.facilitator.id, a.id, posted.id, { intent: "lock" })).status).toBe(
      302,
    );
    const moderated = await db.forumCase.findUniqueOrThrow({
      where: { id: posted.id },
      include: { replies: true },
    });
    expect(moderated.lockedAt).not.toBeNull();
    expect(moderated.replies[0].hiddenAt).not.toBeNull();
    // The author is told, and sees the note on their own post.
    const mail = await db.outboxMail.findFirst({ where: { to: a.sport.email } });
    expect(mail?.subject).toBe("Je bericht is verborgen");
    const own = await call(a.sport.id, thread.loader, {
      path: `/groepen/${a.id}/casussen/${posted.id}`,
      params: { cohortId: a.id, caseId: posted.id },
    });
    const ownData = (await own.json()) as {
      thread: {
        locked: boolean;
        replies: { hidden: boolean; hiddenReason: string | null; html: string | null }[];
      };
    };
    expect(ownData.thread.locked).toBe(true);
    expect(ownData.thread.replies[0]).toMatchObject({
      hidden: true,
      hiddenReason: "Er stond een naam in.",
    });
    const peer = await call(a.welfare.id, thread.loader, {
      path: `/groepen/${a.id}/casussen/${posted.id}`,
      params: { cohortId: a.id, caseId: posted.id },
    });
    expect(JSON.stringify(await peer.json())).not.toContain("Eigen aanvulling");
    // A locked thread takes no more replies.
    expect(
      (
        await threadCall(a.welfare.id, a.id, posted.id, {
          intent: "reply",
          body: "Nog een reactie",
        })
      ).status,
    ).toBe(403);
  });

  it("reports reach the cohort's facilitator only; the author edits within 30 minutes and the old text is kept", async () => {
    const { a, b } = await twoCohorts();
    const posted = await makeCase({ cohortId: a.id, authorId: a.sport.id });
    expect(
      (
        await threadCall(a.welfare.id, a.id, posted.id, {
          intent: "report",
          reason: "Dit lijkt herkenbaar.",
        })
      ).status,
    ).toBe(200);
    const listFor = async (userId: string, cohortId: string) =>
      call(userId, reports.loader, {
        path: `/groepen/${cohortId}/casussen/meldingen`,
        params: { cohortId },
      });
    expect((await listFor(a.welfare.id, a.id)).status).toBe(403);
    expect((await listFor(b.facilitator.id, a.id)).status).toBe(403);
    expect(JSON.stringify(await (await listFor(a.facilitator.id, a.id)).json())).toContain(
      "Dit lijkt herkenbaar.",
    );

    const edit = {
      intent: "edit-case",
      title: "Een speler die wegblijft",
      situation: posted.situation,
      whatIDid: posted.whatIDid,
      question: posted.question,
    };
    expect((await threadCall(a.sport.id, a.id, posted.id, edit)).status).toBe(302);
    const edits = await db.forumEdit.findMany({ where: { caseId: posted.id } });
    expect(edits.map((row) => (row.previous as { title: string }).title)).toEqual([posted.title]);

    const old = await makeCase({
      cohortId: a.id,
      authorId: a.sport.id,
      createdAt: new Date(Date.now() - 31 * 60_000),
    });
    expect((await threadCall(a.sport.id, a.id, old.id, { ...edit, title: "Te laat" })).status).toBe(
      403,
    );
    expect((await db.forumCase.findUniqueOrThrow({ where: { id: old.id } })).title).toBe(old.title);

    expect((await threadCall(a.sport.id, a.id, old.id, { intent: "delete" })).status).toBe(302);
    const gone = await call(a.welfare.id, thread.loader, {
      path: `/groepen/${a.id}/casussen/${old.id}`,
      params: { cohortId: a.id, caseId: old.id },
    });
    const goneData = (await gone.json()) as {
      thread: { deleted: boolean; situation: string | null };
    };
    expect(goneData.thread).toMatchObject({ deleted: true, situation: null });
  });

  it("the server's privacy guard stops a reply with personal data until the writer confirms", async () => {
    const { a } = await twoCohorts();
    const posted = await makeCase({ cohortId: a.id, authorId: a.sport.id });
    const body = "Bel de moeder, Sanne de Boer, op 06-12345678.";
    const first = await threadCall(a.welfare.id, a.id, posted.id, { intent: "reply", body });
    expect(first.status).toBe(400);
    const data = (await first.json()) as {
      findings: { kind: string; text: string }[];
      values: { body: string };
    };
    expect(data.findings.map((finding) => finding.kind)).toEqual(["name", "phone"]);
    expect(data.values.body).toBe(body);
    expect(await db.forumReply.count({ where: { caseId: posted.id } })).toBe(0);
    const confirmed = await threadCall(a.welfare.id, a.id, posted.id, {
      intent: "reply",
      body,
      privacyConfirmed: "on",
    });
    expect(confirmed.status).toBe(302);
    expect(await db.forumReply.count({ where: { caseId: posted.id } })).toBe(1);
  });
});
