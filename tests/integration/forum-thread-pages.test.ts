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
      data: Array.from({ length: 45 }, (_, index) => ({ caseId: posted.id, authorId: a.welfare.id, authorDomain: "WELZIJN" as const, body: `Reactie nummer ${index + 1}`, createdAt: new Date(start + index * 1000) })),
    });
    const where = (search: string) => ({ path: `/groepen/${a.id}/casussen/${posted.id}${search}`, params: { cohortId: a.id, caseId: posted.id } });
    type Page = { thread: { replies: { html: string }[]; page: { number: number; count: number; first: number }; shownReplies: number } };
    const page = async (search: string) => (await (await call(a.sport.id, thread.loader, where(search))).json()) as Page;
    const first = await page("");
    expect(first.thread.replies).toHaveLength(20);
    expect(first.thread.replies[0].html).toContain("Reactie nummer 1<");
    expect(first.thread.page).toEqual({ number: 1, count: 3, first: 1 });
    const last = await page("?pagina=laatste");
    expect(last.thread.page).toMatchObject({ number: 3, first: 41 });
    expect(last.thread.replies.map((reply) => reply.html)).toHaveLength(5);
    expect((await page("?pagina=99")).thread.page.number).toBe(3);

    const answered = await call(a.welfare.id, thread.action, { ...where("?pagina=1"), form: { intent: "reply", body: "Mijn nieuwe reactie" } });
    expect(answered.status).toBe(302);
    expect(answered.headers.get("Location")).toMatch(/\?pagina=laatste#reactie-/);
  });
});
