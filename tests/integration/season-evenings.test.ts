import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as editRoute from "~/routes/groepen.$cohortId.bijeenkomsten.$eveningId.bewerken";
import * as icsRoute from "~/routes/groepen.$cohortId.bijeenkomsten.$eveningId.agenda[.ics]";
import * as apologyRoute from "~/routes/groepen.$cohortId.bijeenkomsten.$eveningId.afmelden";
import * as attendanceRoute from "~/routes/groepen.$cohortId.bijeenkomsten.$eveningId.aanwezigheid";
import * as eveningsRoute from "~/routes/groepen.$cohortId.bijeenkomsten._index";
import * as feedPage from "~/routes/account_.agenda";
import * as feedRoute from "~/routes/agenda.$token.bijeenkomsten[.ics]";
import { getCompletion } from "~/modules/cohorts/completion.server";
import { factories } from "../factories";
import { request } from "./cohorts-helpers";

const make = factories(db);
const DAY = 86_400_000;

async function setup() {
  const facilitator = await make.user({ role: "FACILITATOR", name: "Fenna Begeleider" });
  const sam = await make.user({ name: "Sam Sporter" });
  const wil = await make.user({ name: "Wil Welzijn", domain: "WELZIJN" });
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: [sam.id, wil.id],
    minEvenings: 2,
  });
  const future = (days: number, topic: string) =>
    db.evening.create({
      data: {
        cohortId: cohort.id,
        startsAt: new Date(Date.now() + days * DAY),
        endsAt: new Date(Date.now() + days * DAY + 2 * 3_600_000),
        place: "Kantine",
        topic,
      },
    });
  return {
    facilitator,
    sam,
    wil,
    cohort,
    first: await future(7, "Kennismaken"),
    second: await future(14, "Samenwerken"),
  };
}

const parseEvents = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");

async function icsOf(userId: string, cohortId: string, eveningId: string) {
  const response = await request(userId, icsRoute.loader, {
    path: `/groepen/${cohortId}/bijeenkomsten/${eveningId}/agenda.ics`,
    params: { cohortId, eveningId },
  });
  expect(response.status).toBe(200);
  const [event] = parseEvents(await response.text());
  return {
    uid: event.getFirstPropertyValue("uid"),
    sequence: Number(event.getFirstPropertyValue("sequence")),
    status: event.getFirstPropertyValue("status"),
    location: event.getFirstPropertyValue("location"),
    summary: String(event.getFirstPropertyValue("summary")),
  };
}

const edit = (userId: string, cohortId: string, eveningId: string, form: Record<string, string>) =>
  request(userId, editRoute.action, {
    path: `/groepen/${cohortId}/bijeenkomsten/${eveningId}/bewerken`,
    params: { cohortId, eveningId },
    form,
  });

describe("moving and cancelling evenings", () => {
  it("moves an evening: participants are mailed, the .ics keeps its UID with a higher SEQUENCE", async () => {
    const { facilitator, sam, cohort, first } = await setup();
    const before = await icsOf(sam.id, cohort.id, first.id);
    expect(before).toMatchObject({
      uid: `${first.id}@buitendelijnen`,
      sequence: 0,
      status: "CONFIRMED",
    });
    expect(
      (
        await edit(sam.id, cohort.id, first.id, {
          intent: "edit",
          date: "2027-01-14",
          startTime: "19:00",
          endTime: "21:00",
          place: "Sporthal",
          topic: "Verplaatst",
        })
      ).status,
    ).toBe(403);

    const invalid = await edit(facilitator.id, cohort.id, first.id, {
      intent: "edit",
      date: "2027-01-14",
      startTime: "21:00",
      endTime: "19:00",
      place: "Sporthal",
      topic: "Verplaatst",
    });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).errors.endTime).toBe("cohorts.errors.endBeforeStartTime");

    const moved = await edit(facilitator.id, cohort.id, first.id, {
      intent: "edit",
      date: "2027-01-14",
      startTime: "19:00",
      endTime: "21:00",
      place: "Sporthal De Welle",
      topic: "Kennismaken",
    });
    expect(moved.headers.get("Location")).toContain("gewijzigd=1");
    const after = await icsOf(sam.id, cohort.id, first.id);
    expect(after).toMatchObject({ uid: before.uid, sequence: 1, location: "Sporthal De Welle" });
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: sam.email } });
    expect(mail.subject).toContain("Bijeenkomst gewijzigd");
    expect(mail.text).toContain("Sporthal De Welle");
    expect(mail.text).toContain("14 januari 2027");
    expect(await db.outboxMail.count({ where: { to: facilitator.email } })).toBe(0);
  });

  it("cancels with a reason (STATUS:CANCELLED) and deletes only while no attendance is recorded", async () => {
    const { facilitator, sam, wil, cohort, first, second } = await setup();
    const noReason = await edit(facilitator.id, cohort.id, first.id, {
      intent: "cancel",
      reason: "",
    });
    expect((await noReason.json()).errors.reason).toBe("season.errors.reasonRequired");
    expect(
      (
        await edit(facilitator.id, cohort.id, first.id, {
          intent: "cancel",
          reason: "De zaal is niet beschikbaar.",
        })
      ).status,
    ).toBe(302);
    const cancelled = await icsOf(wil.id, cohort.id, first.id);
    expect(cancelled).toMatchObject({ status: "CANCELLED", sequence: 1 });
    expect((await db.outboxMail.findFirstOrThrow({ where: { to: wil.email } })).text).toContain(
      "De zaal is niet beschikbaar.",
    );

    await db.attendance.create({
      data: {
        eveningId: second.id,
        userId: sam.id,
        status: "PRESENT",
        recordedById: facilitator.id,
      },
    });
    expect((await edit(facilitator.id, cohort.id, second.id, { intent: "delete" })).status).toBe(
      409,
    );
    expect(await db.evening.count({ where: { id: second.id } })).toBe(1);
    expect((await edit(facilitator.id, cohort.id, first.id, { intent: "delete" })).status).toBe(
      302,
    );
    expect(await db.evening.count({ where: { id: first.id } })).toBe(0);
  });

  it("serves a per-person feed that a real iCalendar parser reads, behind a secret token that can be reset", async () => {
    const { facilitator, sam, cohort, first, second } = await setup();
    await edit(facilitator.id, cohort.id, second.id, { intent: "cancel", reason: "Zomerstop" });
    const other = await make.cohort({
      facilitatorId: facilitator.id,
      name: "Groep waar Sam niet in zit",
    });
    await db.evening.create({
      data: {
        cohortId: other.id,
        startsAt: new Date(),
        endsAt: new Date(Date.now() + 3_600_000),
        place: "Elders",
        topic: "Niet van Sam",
      },
    });

    const off = await (
      await request(sam.id, feedPage.loader, { path: "/account/agenda", params: {} })
    ).json();
    expect(off.url).toBeNull();
    expect(
      (await request(sam.id, feedPage.action, { path: "/account/agenda", params: {}, form: {} }))
        .status,
    ).toBe(302);
    const on = await (
      await request(sam.id, feedPage.loader, { path: "/account/agenda", params: {} })
    ).json();
    expect(on.webcal).toMatch(/^webcal:\/\/.+\/agenda\/[a-z2-7]{32}\/bijeenkomsten\.ics$/);
    const token = on.url.split("/agenda/")[1].split("/")[0];

    const feed = await request(null, feedRoute.loader, {
      path: `/agenda/${token}/bijeenkomsten.ics`,
      params: { token },
    });
    expect(feed.headers.get("Content-Type")).toContain("text/calendar");
    const events = parseEvents(await feed.text());
    expect(events.map((event) => event.getFirstPropertyValue("uid")).sort()).toEqual(
      [`${first.id}@buitendelijnen`, `${second.id}@buitendelijnen`].sort(),
    );
    expect(
      events
        .find((event) => event.getFirstPropertyValue("uid") === `${second.id}@buitendelijnen`)
        ?.getFirstPropertyValue("status"),
    ).toBe("CANCELLED");

    await request(sam.id, feedPage.action, { path: "/account/agenda", params: {}, form: {} });
    expect(
      (
        await request(null, feedRoute.loader, {
          path: `/agenda/${token}/bijeenkomsten.ics`,
          params: { token },
        })
      ).status,
    ).toBe(404);
  });
});

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
