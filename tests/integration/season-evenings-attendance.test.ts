import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as apologyRoute from "~/routes/groepen.$cohortId.bijeenkomsten.$eveningId.afmelden";
import * as attendanceRoute from "~/routes/groepen.$cohortId.bijeenkomsten.$eveningId.aanwezigheid";
import * as eveningsRoute from "~/routes/groepen.$cohortId.bijeenkomsten._index";
import { getCompletion } from "~/modules/cohorts/completion.server";
import { request } from "./cohorts-helpers";
import { DAY, setup, edit } from "./season-evenings-helpers";

// Moving, cancelling and the calendar feed: season-evenings.test.ts.

describe("apologies and own attendance", () => {
  it("a participant apologises; the attendance form starts with them on afgemeld and shows the reason", async () => {
    const { facilitator, sam, wil, cohort, first } = await setup();
    const path = `/groepen/${cohort.id}/bijeenkomsten/${first.id}/afmelden`;
    expect(
      (
        await request(facilitator.id, apologyRoute.action, {
          path,
          params: { cohortId: cohort.id, eveningId: first.id },
          form: { reason: "x" },
        })
      ).status,
    ).toBe(403);
    const sent = await request(sam.id, apologyRoute.action, {
      path,
      params: { cohortId: cohort.id, eveningId: first.id },
      form: { reason: "Wedstrijd met mijn team" },
    });
    expect(sent.headers.get("Location")).toContain("afgemeld=1");
    expect(
      await db.eveningApology.findUniqueOrThrow({
        where: { eveningId_userId: { eveningId: first.id, userId: sam.id } },
      }),
    ).toMatchObject({ reason: "Wedstrijd met mijn team" });

    const sheet = await (
      await request(facilitator.id, attendanceRoute.loader, {
        path: `/groepen/${cohort.id}/bijeenkomsten/${first.id}/aanwezigheid`,
        params: { cohortId: cohort.id, eveningId: first.id },
      })
    ).json();
    const bySam = sheet.people.find((person: { id: string }) => person.id === sam.id);
    expect(bySam).toMatchObject({
      status: "EXCUSED",
      apologised: true,
      apologyReason: "Wedstrijd met mijn team",
    });
    expect(sheet.people.find((person: { id: string }) => person.id === wil.id).status).toBeNull();

    expect(
      (
        await request(sam.id, apologyRoute.action, {
          path,
          params: { cohortId: cohort.id, eveningId: first.id },
          form: { intent: "withdraw" },
        })
      ).status,
    ).toBe(302);
    expect(await db.eveningApology.count()).toBe(0);
  });

  it("shows a participant their attendance and whether the minimum is reachable; the facilitator sees who cannot reach it", async () => {
    const { facilitator, sam, wil, cohort, first, second } = await setup();
    const past = await db.evening.create({
      data: {
        cohortId: cohort.id,
        startsAt: new Date(Date.now() - 7 * DAY),
        endsAt: new Date(Date.now() - 7 * DAY + 7_200_000),
        place: "Kantine",
        topic: "Eerste avond",
      },
    });
    await db.attendance.createMany({
      data: [
        { eveningId: past.id, userId: sam.id, status: "PRESENT", recordedById: facilitator.id },
        { eveningId: past.id, userId: wil.id, status: "ABSENT", recordedById: facilitator.id },
      ],
    });
    // Minimum 3 with two evenings to come: Wil (none attended) cannot reach it; Sam attended one but apologised for one of the two left.
    await db.cohort.update({ where: { id: cohort.id }, data: { minEvenings: 3 } });
    await db.eveningApology.create({ data: { eveningId: first.id, userId: sam.id } });
    await db.evening.update({ where: { id: second.id }, data: { cancelledAt: null } });
    const load = (userId: string) =>
      request(userId, eveningsRoute.loader, {
        path: `/groepen/${cohort.id}/bijeenkomsten`,
        params: { cohortId: cohort.id },
      }).then((response) => response.json());

    const mine = await load(sam.id);
    expect(mine.mine.attendance[past.id]).toBe("PRESENT");
    expect(mine.mine.apologies).toHaveProperty(first.id);
    expect(mine.myOutlook).toMatchObject({
      attended: 1,
      needed: 3,
      remaining: 1,
      reachable: false,
    });

    const staff = await load(facilitator.id);
    expect(staff.cannotReach.map((person: { name: string }) => person.name).sort()).toEqual([
      "Sam Sporter",
      "Wil Welzijn",
    ]);
    expect(staff.apologies[first.id]).toBe(1);

    await db.cohort.update({ where: { id: cohort.id }, data: { minEvenings: 2 } });
    expect((await load(wil.id)).myOutlook).toMatchObject({
      attended: 0,
      remaining: 2,
      reachable: true,
    });
    expect(
      (await load(facilitator.id)).cannotReach.map((person: { name: string }) => person.name),
    ).toEqual([]);
  });
});

describe("a cancelled evening", () => {
  it("refuses attendance, hides the form, and counts neither as attended nor as missed", async () => {
    const { facilitator, sam, cohort, first, second } = await setup();
    // Sam was marked present at the first evening before it was cancelled.
    await db.attendance.create({
      data: {
        eveningId: first.id,
        userId: sam.id,
        status: "PRESENT",
        recordedById: facilitator.id,
      },
    });
    expect((await getCompletion({ cohortId: cohort.id, userId: sam.id }))?.missing.evenings).toBe(
      1,
    );
    expect(
      (
        await edit(facilitator.id, cohort.id, first.id, {
          intent: "cancel",
          reason: "Zaal niet beschikbaar",
        })
      ).status,
    ).toBe(302);

    const sheet = {
      path: `/groepen/${cohort.id}/bijeenkomsten/${first.id}/aanwezigheid`,
      params: { cohortId: cohort.id, eveningId: first.id },
    };
    const refused = await request(facilitator.id, attendanceRoute.action, {
      ...sheet,
      form: { [`status-${sam.id}`]: "PRESENT" },
    });
    expect(refused.status).toBe(409);
    expect((await refused.json()).formError).toBe("season.attendance.cancelled");
    const { season } = await import("~/i18n/nl/season");
    expect(season.attendance.cancelled).toMatch(/^Deze bijeenkomst is afgelast/);
    expect(await db.attendance.count({ where: { eveningId: first.id } })).toBe(1);
    expect(
      (await (await request(facilitator.id, attendanceRoute.loader, sheet)).json()).evening
        .cancelled,
    ).toBe(true);

    // The cancelled evening does not count: Sam needs two evenings still, and only one is left, so the minimum cannot be reached.
    expect((await getCompletion({ cohortId: cohort.id, userId: sam.id }))?.missing.evenings).toBe(
      2,
    );
    const list = await (
      await request(sam.id, eveningsRoute.loader, {
        path: `/groepen/${cohort.id}/bijeenkomsten`,
        params: { cohortId: cohort.id },
      })
    ).json();
    expect(list.myOutlook).toMatchObject({
      attended: 0,
      needed: 2,
      remaining: 1,
      reachable: false,
    });
    // Nor as missed: with the minimum lowered to one, the one evening still to come is enough.
    await db.cohort.update({ where: { id: cohort.id }, data: { minEvenings: 1 } });
    const lowered = await (
      await request(sam.id, eveningsRoute.loader, {
        path: `/groepen/${cohort.id}/bijeenkomsten`,
        params: { cohortId: cohort.id },
      })
    ).json();
    expect(lowered.myOutlook).toMatchObject({
      attended: 0,
      needed: 1,
      remaining: 1,
      reachable: true,
    });
    await db.attendance.create({
      data: {
        eveningId: second.id,
        userId: sam.id,
        status: "PRESENT",
        recordedById: facilitator.id,
      },
    });
    expect((await getCompletion({ cohortId: cohort.id, userId: sam.id }))?.missing.evenings).toBe(
      0,
    );
  });
});
