import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { loader as spaceLoader } from "~/routes/groepen_.$cohortId_.casussen._index";
import { factories } from "../factories";
import { callRoute } from "../setup/call-route";

const make = factories(db);

// Issue 20: a space with thousands of cases is read a page at a time, also when searching.
describe("the pages of a forum space", () => {
  it("lists 30 cases per page, newest activity first, with a link to the older ones until the last page", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const member = await make.user();
    const cohort = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [member.id],
    });
    await db.forumCase.createMany({
      data: Array.from({ length: 65 }, (_, i) => ({
        cohortId: cohort.id,
        authorId: facilitator.id,
        title: `Casus ${i}${i % 10 === 0 ? " over contributie" : ""}`,
        situation: "Een situatie.",
        whatIDid: "Iets gedaan.",
        question: "Wat nu?",
        themes: [],
        lastReplyAt: new Date(Date.UTC(2026, 10, 1, 0, i)),
      })),
    });
    const page = async (query: string) => {
      const response = await callRoute(member.id, spaceLoader, {
        path: `/groepen/${cohort.id}/casussen${query}`,
        params: { cohortId: cohort.id },
      });
      return (await response.json()) as {
        cases: { title: string }[];
        hasMore: boolean;
        page: number;
        found: number | null;
      };
    };
    const first = await page("");
    expect(first.cases).toHaveLength(30);
    expect(first.cases[0].title).toBe("Casus 64");
    expect(first.hasMore).toBe(true);
    const third = await page("?pagina=3");
    expect(third.cases.map((item) => item.title)).toEqual([
      "Casus 4",
      "Casus 3",
      "Casus 2",
      "Casus 1",
      "Casus 0 over contributie",
    ]);
    expect(third.hasMore).toBe(false);
    expect((await page("?pagina=nonsens")).page).toBe(1);

    const search = await page("?zoek=contributie");
    expect(search.found).toBe(7);
    expect(search.cases[0].title).toBe("Casus 60 over contributie");
    expect(search.hasMore).toBe(false);
  });
});
