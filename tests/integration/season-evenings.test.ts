import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as feedPage from "~/routes/account_.agenda";
import * as feedRoute from "~/routes/agenda.$token.bijeenkomsten[.ics]";
import { request } from "./cohorts-helpers";
import { make, setup, parseEvents, icsOf, edit } from "./season-evenings-helpers";

// Apologies, own attendance and cancelled evenings: season-evenings-attendance.test.ts.

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
