import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import {
  deleteAccount,
  exportPersonalData,
  PERSONAL_DATA_COVERAGE,
} from "~/flows/personal-data.server";
import { factories } from "../factories";

const make = factories(db);

describe("a person's own data (AVG)", () => {
  it("the download holds their course work, posts and certificate; deleting the account removes it all", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const learner = await make.user({ name: "Ingrid Smit", domain: "WELZIJN" });
    const cohort = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [learner.id],
    });
    await db.lessonProgress.create({
      data: {
        userId: learner.id,
        cohortId: cohort.id,
        moduleKey: "kern/teamprocessen",
        lessonSlug: "van-groep-naar-team",
      },
    });
    await db.reflection.create({
      data: {
        userId: learner.id,
        cohortId: cohort.id,
        reflectionId: "m4-r",
        moduleKey: "kern/teamprocessen",
        text: "Mijn eigen reflectie",
      },
    });
    await db.forumCase.create({
      data: {
        cohortId: cohort.id,
        authorId: learner.id,
        title: "Een meisje dat niet meer komt",
        situation: "s",
        whatIDid: "w",
        question: "q",
        themes: ["teamprocessen"],
      },
    });
    const data = await exportPersonalData({ userId: learner.id });
    const text = JSON.stringify(data);
    expect(data.person.name).toBe("Ingrid Smit");
    expect(text).toContain("Mijn eigen reflectie");
    expect(text).toContain("Een meisje dat niet meer komt");
    expect(text).toContain("van-groep-naar-team");
    expect(text).not.toContain("passwordHash");
    expect(text).not.toContain("secretHash");

    await deleteAccount({ userId: learner.id });
    expect(await db.user.count({ where: { id: learner.id } })).toBe(0);
    expect(await db.reflection.count({ where: { userId: learner.id } })).toBe(0);
    expect(await db.forumCase.count({ where: { authorId: learner.id } })).toBe(0);
    expect(await db.lessonProgress.count({ where: { userId: learner.id } })).toBe(0);
  });

  it("every schema field that points at a person is in the download or excluded with a reason", async () => {
    const schema = readFileSync("prisma/schema.prisma", "utf8");
    const fields = personFields(schema);
    expect(fields.length).toBeGreaterThan(20);
    const missing = fields.filter((field) => !(field in PERSONAL_DATA_COVERAGE));
    expect(
      missing,
      "add these to PERSONAL_DATA_COVERAGE in personal-data.server.ts: export them, or exclude them with a reason",
    ).toEqual([]);
    for (const [field, entry] of Object.entries(PERSONAL_DATA_COVERAGE)) {
      expect(fields, `${field} is no longer in the schema`).toContain(field);
      if ("excluded" in entry) expect(entry.excluded.length, field).toBeGreaterThan(20);
    }
    // Every exported path is really in the download.
    const user = await make.user();
    const download = await exportPersonalData({ userId: user.id });
    for (const entry of Object.values(PERSONAL_DATA_COVERAGE)) {
      if (!("exported" in entry)) continue;
      const [top, key] = entry.exported.split(" ")[0].split(".");
      const holder = (download as Record<string, unknown>)[top];
      expect(holder, entry.exported).toBeDefined();
      if (key) expect(holder as Record<string, unknown>, entry.exported).toHaveProperty(key);
    }
    // And the walk does catch a new model with a userId.
    const added = `${schema}\nmodel Bookmark {\n  id     String @id\n  userId String\n}\n`;
    expect(personFields(added).filter((field) => !(field in PERSONAL_DATA_COVERAGE))).toEqual([
      "Bookmark.userId",
    ]);
  });

  it("the download has local modules, reports, evaluation drafts, edit history and 'dit helpt mij' marks", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const learner = await make.user();
    const cohort = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [learner.id],
    });
    await db.localModule.create({
      data: {
        ownerId: learner.id,
        versions: {
          create: {
            number: 1,
            title: "Mijn lokale module",
            goals: [],
            lessons: [],
            createdById: learner.id,
          },
        },
      },
    });
    const posted = await db.forumCase.create({
      data: {
        cohortId: cohort.id,
        authorId: facilitator.id,
        title: "t",
        situation: "s",
        whatIDid: "w",
        question: "q",
        themes: [],
      },
    });
    const reply = await db.forumReply.create({
      data: { caseId: posted.id, authorId: learner.id, body: "Nieuwe tekst" },
    });
    await db.forumEdit.create({
      data: { replyId: reply.id, previous: { body: "Oude tekst van mij" } },
    });
    await db.helpfulMark.create({ data: { replyId: reply.id, userId: learner.id } });
    await db.forumReport.create({
      data: { caseId: posted.id, reporterId: learner.id, reason: "Mijn melding" },
    });
    await db.evaluationDraft.create({
      data: { userId: learner.id, cohortId: cohort.id, answers: { C1: { number: 7 } } },
    });
    const text = JSON.stringify(await exportPersonalData({ userId: learner.id }));
    for (const expected of [
      "Mijn lokale module",
      "Oude tekst van mij",
      "Mijn melding",
      '"C1":{"number":7}',
      "helpfulMarks",
    ])
      expect(text).toContain(expected);
  });
});

/** "Model.field" for every field that holds a user id or a relation to User. */
function personFields(schema: string): string[] {
  const found: string[] = [];
  for (const [, model, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    if (model === "User") continue;
    const lines = body.split("\n").map((line) => line.trim().split(/\s+/));
    const relationKeys = new Set<string>();
    for (const [, type, ...rest] of lines) {
      if (!type || !/^User(\?|\[\])?$/.test(type)) continue;
      const fieldsList = rest.join(" ").match(/fields: \[(\w+)\]/);
      if (fieldsList) relationKeys.add(fieldsList[1]);
    }
    for (const [name] of lines) {
      if (
        name &&
        (relationKeys.has(name) || /^(userId|\w+ById|authorId|ownerId|reporterId)$/.test(name))
      )
        found.push(`${model}.${name}`);
    }
  }
  return [...new Set(found)].sort();
}
