import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { loader as spaceLoader } from "~/routes/groepen_.$cohortId_.casussen._index";
import { factories } from "../factories";
import { callRoute } from "../setup/call-route";

const make = factories(db);

// Decision 026: a case keeps the words of its visible replies, and the search finds a case by them.
describe("search by the words of a case's replies", () => {
  it("finds a case by a visible reply, and no longer once the reply is hidden, edited away or removed", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const member = await make.user();
    const cohort = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [member.id],
    });
    const [plain, other] = await Promise.all(
      ["Een casus over de kantine", "Een casus over het veld"].map((title) =>
        db.forumCase.create({
          data: {
            cohortId: cohort.id,
            authorId: facilitator.id,
            title,
            situation: "Een situatie.",
            whatIDid: "Iets gedaan.",
            question: "Wat nu?",
          },
        }),
      ),
    );
    const found = async (word: string) => {
      const response = await callRoute(member.id, spaceLoader, {
        path: `/groepen/${cohort.id}/casussen?zoek=${word}`,
        params: { cohortId: cohort.id },
      });
      const body = (await response.json()) as { cases: { title: string }[] };
      return body.cases.map((item) => item.title);
    };
    expect(await found("scheidsrechter")).toEqual([]);

    const reply = await db.forumReply.create({
      data: { caseId: plain.id, authorId: member.id, body: "De scheidsrechter hielp mee." },
    });
    await db.forumReply.create({
      data: { caseId: plain.id, authorId: facilitator.id, body: "Goed idee, die wasmachine." },
    });
    await db.forumReply.create({
      data: { caseId: other.id, authorId: member.id, body: "Bij ons hielp de wasmachine ook." },
    });
    expect(await found("scheidsrechter")).toEqual(["Een casus over de kantine"]);
    expect((await found("wasmachine")).sort()).toEqual([
      "Een casus over de kantine",
      "Een casus over het veld",
    ]);

    // Hidden by a moderator: its words stop counting; restored: they count again.
    await db.forumReply.update({ where: { id: reply.id }, data: { hiddenAt: new Date() } });
    expect(await found("scheidsrechter")).toEqual([]);
    expect(await found("wasmachine")).toHaveLength(2);
    await db.forumReply.update({ where: { id: reply.id }, data: { hiddenAt: null } });
    expect(await found("scheidsrechter")).toEqual(["Een casus over de kantine"]);

    // Edited: the old words go, the new ones come.
    await db.forumReply.update({
      where: { id: reply.id },
      data: { body: "De trainer hielp mee.", editedAt: new Date() },
    });
    expect(await found("scheidsrechter")).toEqual([]);
    expect(await found("trainer")).toEqual(["Een casus over de kantine"]);

    // Removed by its writer, then deleted for good: nothing of it is found.
    await db.forumReply.update({ where: { id: reply.id }, data: { deletedAt: new Date() } });
    expect(await found("trainer")).toEqual([]);
    await db.forumReply.deleteMany({ where: { caseId: other.id } });
    expect(await found("wasmachine")).toEqual(["Een casus over de kantine"]);
  });

  it("loses no reply's words when two replies to one case are written at the same time", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const cohort = await make.cohort({ facilitatorId: facilitator.id });
    const item = await db.forumCase.create({
      data: {
        cohortId: cohort.id,
        authorId: facilitator.id,
        title: "Druk",
        situation: "Een situatie.",
        whatIDid: "Iets gedaan.",
        question: "Wat nu?",
      },
    });
    const words = ["appel", "banaan", "citroen", "dadel", "framboos", "grapefruit"];
    await Promise.all(
      words.map((word) =>
        db.forumReply.create({ data: { caseId: item.id, authorId: facilitator.id, body: word } }),
      ),
    );
    const [row] = await db.$queryRaw<{ words: string }[]>`
      SELECT "replyWords"::text AS words FROM "ForumCase" WHERE "id" = ${item.id}`;
    for (const word of words) expect(row.words).toContain(`'${word.slice(0, 4)}`);
  });
});
