import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as thread from "~/routes/groepen_.$cohortId_.casussen.$caseId";
import { call, makeCase, twoCohorts } from "./forum-helpers";

describe("a long thread", () => {
  it("shows 20 replies per page, oldest first, with links to the rest; a new reply lands on the last page", async () => {
    const { a } = await twoCohorts();
    const posted = await makeCase({ cohortId: a.id, authorId: a.sport.id });
    const start = Date.now() - 60 * 60_000;
    await db.forumReply.createMany({
      data: Array.from({ length: 45 }, (_, index) => ({
        caseId: posted.id,
        authorId: a.welfare.id,
        authorDomain: "WELZIJN" as const,
        body: `Reactie nummer ${index + 1}`,
        createdAt: new Date(start + index * 1000),
      })),
    });
    const where = (search: string) => ({
      path: `/groepen/${a.id}/casussen/${posted.id}${search}`,
      params: { cohortId: a.id, caseId: posted.id },
    });
    type Page = {
      thread: {
        replies: { html: string }[];
        page: { number: number; count: number; first: number };
        shownReplies: number;
      };
    };
    const page = async (search: string) =>
      (await (await call(a.sport.id, thread.loader, where(search))).json()) as Page;
    const first = await page("");
    expect(first.thread.replies).toHaveLength(20);
    expect(first.thread.replies[0].html).toContain("Reactie nummer 1<");
    expect(first.thread.page).toEqual({ number: 1, count: 3, first: 1 });
    const last = await page("?pagina=laatste");
    expect(last.thread.page).toMatchObject({ number: 3, first: 41 });
    expect(last.thread.replies.map((reply) => reply.html)).toHaveLength(5);
    expect((await page("?pagina=99")).thread.page.number).toBe(3);

    const answered = await call(a.welfare.id, thread.action, {
      ...where("?pagina=1"),
      form: { intent: "reply", body: "Mijn nieuwe reactie" },
    });
    expect(answered.status).toBe(302);
    expect(answered.headers.get("Location")).toMatch(/\?pagina=laatste#reactie-/);
  });
});

describe("a thread of 300 replies (issue 20)", () => {
  it("reads one page of replies from the database and counts the rest in SQL, also when only the other sector is shown", async () => {
    const { a } = await twoCohorts();
    const posted = await makeCase({ cohortId: a.id, authorId: a.sport.id });
    const start = Date.now() - 10 * 60 * 60_000;
    // Every third reply is from the sport side (the viewer's own sector); the rest from welfare.
    await db.forumReply.createMany({
      data: Array.from({ length: 300 }, (_, index) => ({
        caseId: posted.id,
        authorId: index % 3 === 0 ? a.sport.id : a.welfare.id,
        authorDomain: index % 3 === 0 ? ("SPORT" as const) : ("WELZIJN" as const),
        body: `Reactie nummer ${index + 1}`,
        createdAt: new Date(start + index * 1000),
      })),
    });
    const log = globalThis as typeof globalThis & {
      __queryLog?: { query: string; params: string }[];
    };
    type Page = {
      thread: {
        replies: { html: string }[];
        totalReplies: number;
        shownReplies: number;
        page: { number: number; count: number; first: number };
      };
    };
    const open = async (search: string) => {
      log.__queryLog = [];
      const response = await call(a.welfare.id, thread.loader, {
        path: `/groepen/${a.id}/casussen/${posted.id}${search}`,
        params: { cohortId: a.id, caseId: posted.id },
      });
      const queries = log.__queryLog.map((entry) => entry.query);
      log.__queryLog = undefined;
      return { data: (await response.json()) as Page, queries };
    };

    const second = await open("?pagina=2");
    expect(second.data.thread.totalReplies).toBe(300);
    expect(second.data.thread.shownReplies).toBe(300);
    expect(second.data.thread.page).toEqual({ number: 2, count: 15, first: 21 });
    expect(
      second.data.thread.replies.map((reply) => reply.html.replace(/<[^>]+>/g, "").trim()),
    ).toEqual(Array.from({ length: 20 }, (_, index) => `Reactie nummer ${21 + index}`));
    // One round trip reads the page: the function thread_page (decision 038), whose reply read has a
    // LIMIT of one page, never all 300.
    expect(second.queries.filter((query) => /\bthread_page\(/.test(query))).toHaveLength(1);
    expect(second.queries.filter((query) => query.includes(`"ForumReply"`))).toEqual([]);
    const [source] = await db.$queryRaw<{ prosrc: string }[]>`
      SELECT prosrc FROM pg_proc WHERE proname = 'thread_page'`;
    expect(source.prosrc).toMatch(/FROM "ForumReply" r[\s\S]*?ORDER BY[^;]*LIMIT per_page/);

    // The welfare viewer asks for the other sector only: the 100 sport replies, of which the last page holds 20.
    const other = await open("?andere-sector=1&pagina=laatste");
    expect(other.data.thread.totalReplies).toBe(300);
    expect(other.data.thread.shownReplies).toBe(100);
    expect(other.data.thread.page).toEqual({ number: 5, count: 5, first: 81 });
    expect(
      other.data.thread.replies.map((reply) => reply.html.replace(/<[^>]+>/g, "").trim()),
    ).toEqual(Array.from({ length: 20 }, (_, index) => `Reactie nummer ${3 * (80 + index) + 1}`));
  });
});
