import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import {
  deleteOwnPost,
  editCase,
  editReply,
  purgeHiddenPosts,
} from "~/modules/forum/edit-post.server";
import { deleteAccount } from "~/flows/personal-data.server";
import { verifyCertificate } from "~/modules/certificates/verify-certificate.server";
import * as thread from "~/routes/groepen_.$cohortId_.casussen.$caseId";
import * as list from "~/routes/groepen_.$cohortId_.casussen._index";
import { call, makeCase, twoCohorts } from "./forum-helpers";

const viewerOf = (
  user: {
    id: string;
    email: string;
    name: string;
    role: "PARTICIPANT" | "FACILITATOR" | "ADMIN";
    domain: "SPORT" | "ZORG" | "WELZIJN" | "ANDERS" | null;
  },
  cohortId: string,
) =>
  ({
    user: { ...user, volunteerRole: null, locale: "nl", notifyReplies: false },
    cohortId,
    isStaff: false,
  }) as never;

describe("leaving keeps the conversation (issue 17)", () => {
  it("deleting the author of a case with 3 replies by others leaves the 3 replies readable", async () => {
    const { a } = await twoCohorts();
    const posted = await makeCase({
      cohortId: a.id,
      authorId: a.sport.id,
      title: "Een jongen die stopt",
      situation: "Tekst van de schrijver die weggaat.",
    });
    for (const [index, author] of [a.welfare, a.facilitator, a.welfare].entries()) {
      await db.forumReply.create({
        data: {
          caseId: posted.id,
          authorId: author.id,
          authorDomain: "WELZIJN",
          body: `Advies nummer ${index + 1}`,
        },
      });
    }
    await db.forumReply.create({
      data: {
        caseId: posted.id,
        authorId: a.sport.id,
        authorDomain: "SPORT",
        body: "Mijn eigen aanvulling",
      },
    });
    await db.forumEdit.create({
      data: { caseId: posted.id, previous: { title: "Jan de Vries stopt" } },
    });

    await deleteAccount({ userId: a.sport.id });

    const response = await call(a.welfare.id, thread.loader, {
      path: `/groepen/${a.id}/casussen/${posted.id}`,
      params: { cohortId: a.id, caseId: posted.id },
    });
    expect(response.status).toBe(200);
    const page = await response.json();
    const body = JSON.stringify(page);
    // Old code: the cascade deleted the case and every reply under it (404).
    for (const n of [1, 2, 3]) expect(body).toContain(`Advies nummer ${n}`);
    expect(page.thread.deleted).toBe(true);
    expect(page.thread.author).toMatchObject({ former: true, name: null, domain: null });
    expect(body).not.toContain("Tekst van de schrijver die weggaat");
    expect(body).not.toContain("Mijn eigen aanvulling");
    expect(body).not.toContain("Sporter Enschede");
    const stored = await db.forumCase.findUniqueOrThrow({ where: { id: posted.id } });
    expect(stored).toMatchObject({ authorId: null, title: "", situation: "", authorTown: null });
    expect(await db.forumEdit.count({ where: { caseId: posted.id } })).toBe(0);
    // The tombstone stays in the list while the replies live under it.
    const listed = JSON.stringify(
      await (
        await call(a.welfare.id, list.loader, {
          path: `/groepen/${a.id}/casussen`,
          params: { cohortId: a.id },
        })
      ).json(),
    );
    expect(listed).toContain(posted.id);
  });

  it("can keep the text as 'een oud-deelnemer'; local modules in use and certificates stay", async () => {
    const { a, b } = await twoCohorts();
    const posted = await makeCase({
      cohortId: a.id,
      authorId: a.welfare.id,
      title: "Blijft staan",
    });
    const used = await db.localModule.create({
      data: { ownerId: a.facilitator.id, status: "PUBLISHED" },
    });
    const unused = await db.localModule.create({ data: { ownerId: a.facilitator.id } });
    await db.cohortModule.create({
      data: { cohortId: b.id, moduleKey: `lm/${used.id}`, localModuleId: used.id, position: 99 },
    });
    const certificate = await db.certificate.create({
      data: {
        code: "A".repeat(32),
        userId: a.welfare.id,
        cohortId: a.id,
        nameOnCertificate: "Welzijner Enschede",
        courseTitle: "Sportcoach",
        studyMinutes: 600,
        completedOn: new Date("2026-11-01"),
      },
    });

    await deleteAccount({ userId: a.welfare.id, keepPostText: true });
    await deleteAccount({ userId: a.facilitator.id });

    expect(await db.forumCase.findUniqueOrThrow({ where: { id: posted.id } })).toMatchObject({
      authorId: null,
      title: "Blijft staan",
      deletedAt: null,
    });
    // Old code: the module that cohort B follows went with its writer.
    expect(await db.localModule.findUnique({ where: { id: used.id } })).toMatchObject({
      ownerId: null,
    });
    expect(await db.localModule.findUnique({ where: { id: unused.id } })).toBeNull();
    const verified = await verifyCertificate({ code: certificate.code });
    expect(verified).toMatchObject({ state: "valid", name: "" });
    // Or, on request, revoked with the account.
    const other = await db.certificate.create({
      data: {
        code: "B".repeat(32),
        userId: b.sport.id,
        cohortId: b.id,
        nameOnCertificate: "Sporter Zwolle",
        courseTitle: "Sportcoach",
        studyMinutes: 600,
        completedOn: new Date("2026-11-01"),
      },
    });
    await deleteAccount({ userId: b.sport.id, revokeCertificates: true });
    expect(await verifyCertificate({ code: other.code })).toMatchObject({
      state: "revoked",
      name: "",
    });
  });

  it("erases a deleted post's text at once, and earlier versions when an edit removed personal data", async () => {
    const { a } = await twoCohorts();
    const viewer = viewerOf(a.sport, a.id);
    const posted = await makeCase({
      cohortId: a.id,
      authorId: a.sport.id,
      situation: "Bel zijn moeder op 06-12345678.",
    });
    expect(
      await editCase({
        viewer,
        caseId: posted.id,
        text: {
          title: posted.title,
          situation: "Bel zijn moeder op 06-12345678, graag.",
          whatIDid: "w",
          question: "q",
        },
      }),
    ).toBe(true);
    expect(await db.forumEdit.count({ where: { caseId: posted.id } })).toBe(1); // nothing was taken out: the earlier text is kept
    expect(
      await editCase({
        viewer,
        caseId: posted.id,
        text: { title: posted.title, situation: "Bel zijn moeder.", whatIDid: "w", question: "q" },
      }),
    ).toBe(true);
    // Old code kept both earlier versions, phone number and all.
    expect(await db.forumEdit.count({ where: { caseId: posted.id } })).toBe(0);

    const reply = await db.forumReply.create({
      data: { caseId: posted.id, authorId: a.sport.id, body: "Mail naar jan@voorbeeld.nl" },
    });
    expect(
      await editReply({ viewer, caseId: posted.id, replyId: reply.id, body: "Mail de begeleider" }),
    ).toBe(true);
    expect(await db.forumEdit.count({ where: { replyId: reply.id } })).toBe(0);

    expect(await deleteOwnPost({ viewer, caseId: posted.id, replyId: reply.id })).toBe(true);
    expect(await db.forumReply.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({
      body: "",
    });
    expect(await deleteOwnPost({ viewer, caseId: posted.id })).toBe(true);
    expect(await db.forumCase.findUniqueOrThrow({ where: { id: posted.id } })).toMatchObject({
      title: "",
      situation: "",
      whatIDid: "",
      question: "",
    });
  });

  it("the author can erase the earlier versions of their post; nobody else can", async () => {
    const { a } = await twoCohorts();
    const posted = await makeCase({ cohortId: a.id, authorId: a.sport.id });
    await db.forumEdit.create({
      data: { caseId: posted.id, previous: { title: "Eerdere titel" } },
    });
    const form = [["intent", "forget-history"]] as [string, string][];
    const path = `/groepen/${a.id}/casussen/${posted.id}`;
    const params = { cohortId: a.id, caseId: posted.id };
    expect((await call(a.welfare.id, thread.action, { path, params, form })).status).toBe(403);
    expect(await db.forumEdit.count({ where: { caseId: posted.id } })).toBe(1);
    expect((await call(a.sport.id, thread.action, { path, params, form })).status).toBe(302);
    expect(await db.forumEdit.count({ where: { caseId: posted.id } })).toBe(0);
  });

  it("purgeHiddenPosts erases posts hidden longer than the retention period", async () => {
    const { a } = await twoCohorts();
    const now = new Date("2027-06-01T00:00:00Z");
    const old = await makeCase({ cohortId: a.id, authorId: a.sport.id, title: "Lang verborgen" });
    const recent = await makeCase({ cohortId: a.id, authorId: a.sport.id, title: "Net verborgen" });
    await db.forumCase.update({
      where: { id: old.id },
      data: { hiddenAt: new Date("2027-01-01T00:00:00Z") },
    });
    await db.forumCase.update({
      where: { id: recent.id },
      data: { hiddenAt: new Date("2027-05-20T00:00:00Z") },
    });
    const purged = await purgeHiddenPosts(now);
    expect(purged.cases).toBeGreaterThanOrEqual(1);
    expect((await db.forumCase.findUniqueOrThrow({ where: { id: old.id } })).title).toBe("");
    expect((await db.forumCase.findUniqueOrThrow({ where: { id: recent.id } })).title).toBe(
      "Net verborgen",
    );
  });
});
