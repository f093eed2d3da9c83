import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { getOwnReflection } from "~/modules/forum/post-case.server";
import { factories } from "../factories";

const make = factories(db);

describe("sharing a reflection from a lesson as a case", () => {
  it("finds the learner's own reflection by the lesson's Reflectie id, and nobody else's", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const learner = await make.user({ name: "Fatma Yıldız" });
    const other = await make.user({ name: "Daan Mulder" });
    const cohort = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [learner.id, other.id],
    });
    await db.reflection.create({
      data: {
        userId: learner.id,
        cohortId: cohort.id,
        reflectionId: "m4-reflectie-1",
        moduleKey: "kern/teamprocessen",
        text: "Een nieuwe speler voelt zich buitengesloten.",
      },
    });
    const own = await getOwnReflection({
      reflectionId: "m4-reflectie-1",
      userId: learner.id,
      cohortId: cohort.id,
    });
    expect(own?.text).toBe("Een nieuwe speler voelt zich buitengesloten.");
    expect(own?.moduleKey).toBe("kern/teamprocessen");
    expect(
      await getOwnReflection({
        reflectionId: "m4-reflectie-1",
        userId: other.id,
        cohortId: cohort.id,
      }),
    ).toBeNull();
    expect(
      await getOwnReflection({ reflectionId: own!.id, userId: other.id, cohortId: cohort.id }),
    ).toBeNull();
  });
});
