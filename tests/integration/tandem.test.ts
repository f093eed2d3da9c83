import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as tandemRoute from "~/routes/groepen.$cohortId.tandem";
import * as runRoute from "~/routes/groepen_.$cohortId_.cursus.indeling";
import { getCompletion } from "~/modules/cohorts/completion.server";
import { formTandem, writeTandemHalf } from "~/modules/cohorts/tandem.server";
import { exportPersonalData } from "~/flows/personal-data.server";
import { factories } from "../factories";
import { asUser } from "./course-helpers";
import { twoCohorts } from "./forum-helpers";

const make = factories(db);

/** Cohort A with nothing left but the tandem: no modules required, no evaluation, the case rule off, the tandem on. */
async function onlyTheTandemLeft() {
  const { a, b } = await twoCohorts();
  await db.cohort.update({
    where: { id: a.id },
    data: { requireEvaluation: false, crossSectorCase: false, tandemRequired: true },
  });
  await db.cohortModule.updateMany({ where: { cohortId: a.id }, data: { required: false } });
  const zorg = await make.user({ domain: "ZORG", name: "Zorgmedewerker Enschede" });
  const sport2 = await make.user({ domain: "SPORT", name: "Tweede Sporter Enschede" });
  await db.cohortMember.createMany({
    data: [
      { cohortId: a.id, userId: zorg.id },
      { cohortId: a.id, userId: sport2.id },
    ],
  });
  return { a: { ...a, zorg, sport2 }, b };
}

const page = (cohortId: string) => ({ path: `/groepen/${cohortId}/tandem`, params: { cohortId } });
const post = (cohortId: string, form: Record<string, string>) => ({ ...page(cohortId), form });
const load = async (userId: string, cohortId: string) =>
  (await asUser(userId, tandemRoute.loader, page(cohortId))).json();

describe("tandem pairing rules", () => {
  it("pairs only one sport with one zorg/welzijn participant of the same cohort, one tandem per person", async () => {
    const { a, b } = await onlyTheTandemLeft();
    // Two from the same world: refused.
    expect(await formTandem({ cohortId: a.id, firstId: a.sport.id, secondId: a.sport2.id })).toBe(
      "same-world",
    );
    expect(await formTandem({ cohortId: a.id, firstId: a.welfare.id, secondId: a.zorg.id })).toBe(
      "same-world",
    );
    // Someone of another cohort, or the facilitator: not a participant of this cohort.
    expect(await formTandem({ cohortId: a.id, firstId: a.sport.id, secondId: b.welfare.id })).toBe(
      "not-member",
    );
    expect(
      await formTandem({ cohortId: a.id, firstId: a.sport.id, secondId: a.facilitator.id }),
    ).toBe("not-member");
    // A removed participant no longer counts as a member.
    await db.cohortMember.update({
      where: { cohortId_userId: { cohortId: a.id, userId: a.zorg.id } },
      data: { removedAt: new Date() },
    });
    expect(await formTandem({ cohortId: a.id, firstId: a.sport2.id, secondId: a.zorg.id })).toBe(
      "not-member",
    );
    await db.cohortMember.update({
      where: { cohortId_userId: { cohortId: a.id, userId: a.zorg.id } },
      data: { removedAt: null },
    });

    expect(await formTandem({ cohortId: a.id, firstId: a.welfare.id, secondId: a.sport.id })).toBe(
      "ok",
    );
    const made = await db.tandem.findFirstOrThrow({ where: { cohortId: a.id } });
    expect(made).toMatchObject({ sportUserId: a.sport.id, socialUserId: a.welfare.id });
    // Either of them again, with someone free from the other world: taken.
    expect(await formTandem({ cohortId: a.id, firstId: a.sport.id, secondId: a.zorg.id })).toBe(
      "taken",
    );
    expect(await formTandem({ cohortId: a.id, firstId: a.sport2.id, secondId: a.welfare.id })).toBe(
      "taken",
    );
    expect(await db.tandem.count({ where: { cohortId: a.id } })).toBe(1);
  });

  it("a participant picks a free partner from the other world on the page; the facilitator pairs and sees who is unpaired", async () => {
    const { a } = await onlyTheTandemLeft();
    const before = await load(a.sport.id, a.id);
    expect(before.own).toBeNull();
    expect(before.staff).toBeNull();
    expect(before.candidates.map((person: { name: string }) => person.name).sort()).toEqual([
      "Welzijner Enschede",
      "Zorgmedewerker Enschede",
    ]);

    // Picking someone from one's own world answers with a Dutch error at the field.
    const wrong = await asUser(
      a.sport.id,
      tandemRoute.action,
      post(a.id, { intent: "choose", partnerId: a.sport2.id }),
    );
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).errors).toEqual({ partnerId: "cohorts.tandem.errors.sameWorld" });
    const empty = await asUser(a.sport.id, tandemRoute.action, post(a.id, { intent: "choose" }));
    expect((await empty.json()).errors).toEqual({
      partnerId: "cohorts.tandem.errors.partnerMissing",
    });

    expect(
      (
        await asUser(
          a.sport.id,
          tandemRoute.action,
          post(a.id, { intent: "choose", partnerId: a.zorg.id }),
        )
      ).status,
    ).toBe(302);
    // A participant cannot pair other people.
    expect(
      (
        await asUser(
          a.sport2.id,
          tandemRoute.action,
          post(a.id, { intent: "pair", sportUserId: a.sport2.id, socialUserId: a.welfare.id }),
        )
      ).status,
    ).toBe(403);

    const staffView = (await load(a.facilitator.id, a.id)).staff;
    expect(
      staffView.pairs.map((pair: { sport: { name: string }; social: { name: string } }) => [
        pair.sport.name,
        pair.social.name,
      ]),
    ).toEqual([["Sporter Enschede", "Zorgmedewerker Enschede"]]);
    expect(staffView.unpairedSport.map((person: { name: string }) => person.name)).toEqual([
      "Tweede Sporter Enschede",
    ]);
    expect(staffView.unpairedSocial.map((person: { name: string }) => person.name)).toEqual([
      "Welzijner Enschede",
    ]);

    expect(
      (
        await asUser(
          a.facilitator.id,
          tandemRoute.action,
          post(a.id, { intent: "pair", sportUserId: a.sport2.id, socialUserId: a.welfare.id }),
        )
      ).status,
    ).toBe(302);
    const after = (await load(a.facilitator.id, a.id)).staff;
    expect(after.pairs).toHaveLength(2);
    expect(after.unpairedSport).toEqual([]);
    expect(after.unpairedSocial).toEqual([]);
    // Nobody else can see the reports: a participant of the other cohort is refused.
    const { b } = await twoCohorts();
    expect((await asUser(b.sport.id, tandemRoute.loader, page(a.id))).status).toBe(403);
  });
});

describe("tandem and completion", () => {
  it("counts once both halves are in, and each partner reads the other's half", async () => {
    const { a } = await onlyTheTandemLeft();
    const missing = await getCompletion({ cohortId: a.id, userId: a.sport.id });
    expect(missing).toMatchObject({
      complete: false,
      missing: { tandem: true },
      rules: { tandem: true },
    });

    await formTandem({ cohortId: a.id, firstId: a.sport.id, secondId: a.welfare.id });
    // Writing without the fields: Dutch errors per field.
    const failed = await asUser(
      a.sport.id,
      tandemRoute.action,
      post(a.id, { intent: "half", saw: " ", takes: "" }),
    );
    expect(failed.status).toBe(400);
    expect((await failed.json()).errors).toEqual({
      saw: "cohorts.tandem.errors.sawMissing",
      takes: "cohorts.tandem.errors.takesMissing",
    });

    expect(
      (
        await asUser(
          a.sport.id,
          tandemRoute.action,
          post(a.id, {
            intent: "half",
            saw: "Een inloopochtend in het buurthuis.",
            takes: "Ik bel voortaan het wijkteam.",
          }),
        )
      ).status,
    ).toBe(302);
    // One half is not enough.
    expect((await getCompletion({ cohortId: a.id, userId: a.sport.id }))?.missing.tandem).toBe(
      true,
    );
    const welfareView = await load(a.welfare.id, a.id);
    expect(welfareView.own.sportHalf).toMatchObject({
      saw: "Een inloopochtend in het buurthuis.",
      takes: "Ik bel voortaan het wijkteam.",
    });
    expect(welfareView.own.socialHalf).toBeNull();

    expect(
      await writeTandemHalf({
        cohortId: a.id,
        userId: a.welfare.id,
        saw: "Een training onder 12.",
        takes: "Hoe de trainer complimenten geeft.",
      }),
    ).toBe(true);
    expect(await getCompletion({ cohortId: a.id, userId: a.sport.id })).toMatchObject({
      complete: true,
    });
    expect(await getCompletion({ cohortId: a.id, userId: a.welfare.id })).toMatchObject({
      complete: true,
    });
    // Someone without a tandem still misses it.
    expect((await getCompletion({ cohortId: a.id, userId: a.zorg.id }))?.missing.tandem).toBe(true);
    // The report is in each partner's data download.
    const download = await exportPersonalData({ userId: a.welfare.id });
    expect(download.person?.tandemsSocial[0]).toMatchObject({
      sportSaw: "Een inloopochtend in het buurthuis.",
      socialTakes: "Hoe de trainer complimenten geeft.",
    });
  });

  it("does not count when the cohort switches it off, nor in a group from one sector", async () => {
    const { a } = await onlyTheTandemLeft();
    const run = { path: `/groepen/${a.id}/cursus/indeling`, params: { cohortId: a.id } };
    expect((await (await asUser(a.facilitator.id, runRoute.loader, run)).json()).tandem).toEqual({
      on: true,
      mixed: true,
    });
    expect(
      (await asUser(a.sport.id, runRoute.action, { ...run, form: { intent: "tandem-off" } }))
        .status,
    ).toBe(403);
    expect(
      (await asUser(a.facilitator.id, runRoute.action, { ...run, form: { intent: "tandem-off" } }))
        .status,
    ).toBe(302);
    expect((await (await asUser(a.facilitator.id, runRoute.loader, run)).json()).tandem).toEqual({
      on: false,
      mixed: true,
    });
    const off = await getCompletion({ cohortId: a.id, userId: a.sport.id });
    expect(off).toMatchObject({ complete: true, rules: { tandem: false } });

    await asUser(a.facilitator.id, runRoute.action, { ...run, form: { intent: "tandem-on" } });
    expect((await getCompletion({ cohortId: a.id, userId: a.sport.id }))?.complete).toBe(false);
    // Everyone from zorg/welzijn leaves: one sector, so the tandem cannot count.
    await db.cohortMember.updateMany({
      where: { cohortId: a.id, userId: { in: [a.welfare.id, a.zorg.id] } },
      data: { removedAt: new Date() },
    });
    expect(await getCompletion({ cohortId: a.id, userId: a.sport.id })).toMatchObject({
      complete: true,
    });
  });
});
