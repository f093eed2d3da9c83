import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as lessonRoute from "~/routes/groepen_.$cohortId_.cursus.$kind.$module.$lesson";
import * as progressRoute from "~/routes/groepen.$cohortId.overzicht";
import { factories } from "../factories";
import { asUser } from "./course-helpers";

const make = factories(db);
const lesson = (cohortId: string) => ({
  path: `/groepen/${cohortId}/cursus/kern/teamprocessen/rollen-in-het-team`,
  params: { cohortId, kind: "kern", module: "teamprocessen", lesson: "rollen-in-het-team" },
});

describe("what the group missed", () => {
  it("shows the facilitator per Kennischeck how the participants answered, only from five answers", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const people = await Promise.all(Array.from({ length: 5 }, () => make.user()));
    const cohort = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: people.map((person) => person.id),
    });
    const results = async () => {
      const data = await (
        await asUser(facilitator.id, progressRoute.loader, {
          path: `/groepen/${cohort.id}/overzicht`,
          params: { cohortId: cohort.id },
        })
      ).json();
      return data.checks
        .find((module: { key: string }) => module.key === "kern/teamprocessen")
        .checks.find((check: { id: string }) => check.id === "m4-check-1");
    };
    // Option 2 is right, 0 and 1 are wrong (as written in the MDX).
    const choices = ["0", "0", "2", "1"];
    for (const [index, option] of choices.entries())
      await asUser(people[index]!.id, lessonRoute.action, {
        ...lesson(cohort.id),
        form: { intent: "check", checkId: "m4-check-1", option },
      });
    // The facilitator's own try does not count.
    await asUser(facilitator.id, lessonRoute.action, {
      ...lesson(cohort.id),
      form: { intent: "check", checkId: "m4-check-1", option: "2" },
    });
    expect(await results()).toMatchObject({ answers: null, options: null });

    await asUser(people[4]!.id, lessonRoute.action, {
      ...lesson(cohort.id),
      form: { intent: "check", checkId: "m4-check-1", option: "0" },
    });
    const shown = await results();
    expect(shown.answers).toBe(5);
    expect(
      shown.options.map((option: { count: number; right: boolean }) => [
        option.count,
        option.right,
      ]),
    ).toEqual([
      [3, false],
      [1, false],
      [1, true],
    ]);
    expect(shown.options[0].text).toMatch(/^Je zegt tegen het team/);
    // A changed answer replaces the earlier one.
    await asUser(people[0]!.id, lessonRoute.action, {
      ...lesson(cohort.id),
      form: { intent: "check", checkId: "m4-check-1", option: "2" },
    });
    expect((await results()).options.map((option: { count: number }) => option.count)).toEqual([
      2, 1, 2,
    ]);
  });
});
