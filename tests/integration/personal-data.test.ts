import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { deleteAccount, exportPersonalData } from "~/modules/people/personal-data.server";
import { factories } from "../factories";

const make = factories(db);

describe("a person's own data (AVG)", () => {
  it("the download holds their course work, posts and certificate; deleting the account removes it all", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const learner = await make.user({ name: "Ingrid Smit", domain: "WELZIJN" });
    const cohort = await make.cohort({ facilitatorId: facilitator.id, participantIds: [learner.id] });
    await db.lessonProgress.create({ data: { userId: learner.id, cohortId: cohort.id, moduleKey: "kern/teamprocessen", lessonSlug: "van-groep-naar-team" } });
    await db.reflection.create({ data: { userId: learner.id, cohortId: cohort.id, reflectionId: "m4-r", moduleKey: "kern/teamprocessen", text: "Mijn eigen reflectie" } });
    await db.forumCase.create({
      data: { cohortId: cohort.id, authorId: learner.id, title: "Een meisje dat niet meer komt", situation: "s", whatIDid: "w", question: "q", themes: ["teamprocessen"] },
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
});
