import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as runRoute from "~/routes/groepen_.$cohortId_.cursus.indeling";
import * as progressRoute from "~/routes/groepen.$cohortId.overzicht";
import { getCompletion } from "~/modules/cohorts/completion.server";
import { getThread } from "~/modules/forum/get-thread.server";
import { asUser } from "./course-helpers";
import { makeCase, twoCohorts } from "./forum-helpers";

/** Every lesson done, no evenings or evaluation asked: only the two-worlds rule is left. */
async function everythingButTheCase() {
  const { a } = await twoCohorts();
  await db.cohort.update({
    where: { id: a.id },
    data: { requireEvaluation: false, crossSectorCase: true },
  });
  await db.cohortModule.updateMany({ where: { cohortId: a.id }, data: { required: false } });
  return a;
}

const reply = (caseId: string, authorId: string, authorDomain: "SPORT" | "WELZIJN") =>
  db.forumReply.create({
    data: { caseId, authorId, authorDomain, body: "Ik zou eerst met hem praten." },
  });

describe("two worlds, one task", () => {
  it("a sport volunteer's case from a lesson waits for the other world, then counts for completion", async () => {
    const a = await everythingButTheCase();
    const before = await getCompletion({ cohortId: a.id, userId: a.sport.id });
    expect(before).toMatchObject({ complete: false, missing: { crossSectorCase: true } });

    const fromLesson = await db.forumCase.update({
      where: { id: (await makeCase({ cohortId: a.id, authorId: a.sport.id, domain: "SPORT" })).id },
      data: { moduleKey: "kern/teamprocessen" },
    });
    const viewer = {
      user: { id: a.sport.id, domain: "SPORT" },
      cohortId: a.id,
      isStaff: false,
    } as never;
    expect((await getThread({ viewer, caseId: fromLesson.id }))?.crossSector).toBe("waiting");
    const facilitatorPage = async () =>
      (
        await (
          await asUser(a.facilitator.id, progressRoute.loader, {
            path: `/groepen/${a.id}/overzicht`,
            params: { cohortId: a.id },
          })
        ).json()
      ).waiting;
    expect((await facilitatorPage()).map((item: { id: string }) => item.id)).toEqual([
      fromLesson.id,
    ]);

    // Another sport volunteer's reply is not the other world.
    const otherSport = await db.user.create({
      data: {
        email: `sport-${fromLesson.id}@example.nl`,
        name: "Tweede Sporter",
        passwordHash: "x",
        domain: "SPORT",
      },
    });
    await reply(fromLesson.id, otherSport.id, "SPORT");
    expect((await getCompletion({ cohortId: a.id, userId: a.sport.id }))?.complete).toBe(false);

    await reply(fromLesson.id, a.welfare.id, "WELZIJN");
    expect((await getThread({ viewer, caseId: fromLesson.id }))?.crossSector).toBe("answered");
    expect(await getCompletion({ cohortId: a.id, userId: a.sport.id })).toMatchObject({
      complete: true,
    });
    expect(await facilitatorPage()).toEqual([]);
    // The welfare volunteer still needs a case of her own answered from sport.
    expect(
      (await getCompletion({ cohortId: a.id, userId: a.welfare.id }))?.missing.crossSectorCase,
    ).toBe(true);
  });

  it("a case outside the lessons does not count, and the facilitator can switch the rule off for the cohort", async () => {
    const a = await everythingButTheCase();
    const free = await makeCase({ cohortId: a.id, authorId: a.sport.id, domain: "SPORT" });
    await reply(free.id, a.welfare.id, "WELZIJN");
    expect((await getCompletion({ cohortId: a.id, userId: a.sport.id }))?.complete).toBe(false);

    const page = { path: `/groepen/${a.id}/cursus/indeling`, params: { cohortId: a.id } };
    expect(
      (await (await asUser(a.facilitator.id, runRoute.loader, page)).json()).twoWorlds,
    ).toEqual({ on: true, mixed: true });
    expect(
      (await asUser(a.sport.id, runRoute.action, { ...page, form: { intent: "cross-sector-off" } }))
        .status,
    ).toBe(403);
    expect(
      (
        await asUser(a.facilitator.id, runRoute.action, {
          ...page,
          form: { intent: "cross-sector-off" },
        })
      ).status,
    ).toBe(302);
    expect(
      (await (await asUser(a.facilitator.id, runRoute.loader, page)).json()).twoWorlds,
    ).toEqual({ on: false, mixed: true });
    expect(await getCompletion({ cohortId: a.id, userId: a.sport.id })).toMatchObject({
      complete: true,
    });
  });

  it("does not apply in a group from one sector", async () => {
    const a = await everythingButTheCase();
    await db.cohortMember.updateMany({
      where: { cohortId: a.id, userId: a.welfare.id },
      data: { removedAt: new Date() },
    });
    expect(await getCompletion({ cohortId: a.id, userId: a.sport.id })).toMatchObject({
      complete: true,
    });
  });
});
