import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as cohortPage from "~/routes/groepen.$cohortId._index";
import * as evenings from "~/routes/groepen.$cohortId.bijeenkomsten._index";
import * as attendance from "~/routes/groepen.$cohortId.bijeenkomsten.$eveningId.aanwezigheid";
import * as ics from "~/routes/groepen.$cohortId.bijeenkomsten.$eveningId.agenda[.ics]";
import * as dashboard from "~/routes/groepen.$cohortId.overzicht";
import * as dashboardCsv from "~/routes/groepen.$cohortId.overzicht[.csv]";
import * as invite from "~/routes/groepen.$cohortId.uitnodigen";
import * as newCohort from "~/routes/groepen.nieuw";
import { sessionCookieFor } from "../setup/call-route";
import { request, twoCohorts } from "./cohorts-helpers";

describe("a participant of cohort B", () => {
  it("cannot read cohort A's page, people, evenings, calendar file, attendance or dashboard", async () => {
    const { a, b } = await twoCohorts();
    const reads = [
      [cohortPage.loader, `/groepen/${a.id}`],
      [cohortPage.loader, `/groepen/${a.id}?sector=SPORT`],
      [evenings.loader, `/groepen/${a.id}/bijeenkomsten`],
      [ics.loader, `/groepen/${a.id}/bijeenkomsten/${a.evening.id}/agenda.ics`],
      [attendance.loader, `/groepen/${a.id}/bijeenkomsten/${a.evening.id}/aanwezigheid`],
      [dashboard.loader, `/groepen/${a.id}/overzicht`],
      [dashboardCsv.loader, `/groepen/${a.id}/overzicht.csv`],
    ] as const;
    for (const [loader, path] of reads) {
      const response = await request(b.sport.id, loader, {
        path,
        params: { cohortId: a.id, eveningId: a.evening.id },
      });
      expect(response.status, path).toBe(403);
      expect(await response.text(), path).not.toContain("Sporter Enschede");
    }
    // Their own cohort's calendar URL with A's evening id matches nothing.
    const viaOwn = await request(b.sport.id, ics.loader, {
      path: `/groepen/${b.id}/bijeenkomsten/${a.evening.id}/agenda.ics`,
      params: { cohortId: b.id, eveningId: a.evening.id },
    });
    expect(viaOwn.status).toBe(404);
  });

  it("sees the names and sectors of their own cohort, never e-mail addresses, and cannot take attendance", async () => {
    const { b } = await twoCohorts();
    const page = await request(b.sport.id, cohortPage.loader, {
      path: `/groepen/${b.id}`,
      params: { cohortId: b.id },
    });
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain("Welzijner Zwolle");
    expect(body).toContain("WELZIJN");
    expect(body).not.toContain(b.welfare.email);
    expect(body).not.toContain(b.facilitator.email);
    expect(body).not.toContain("@");

    const filtered = await (
      await request(b.sport.id, cohortPage.loader, {
        path: `/groepen/${b.id}?sector=SPORT`,
        params: { cohortId: b.id },
      })
    ).json();
    expect(filtered.cohort.people.map((person: { name: string }) => person.name)).toEqual([
      "Sporter Zwolle",
    ]);
    expect(filtered.cohort.mix.total).toBe(2);

    const take = await request(b.sport.id, attendance.action, {
      path: `/groepen/${b.id}/bijeenkomsten/${b.evening.id}/aanwezigheid`,
      params: { cohortId: b.id, eveningId: b.evening.id },
      form: { [`status-${b.sport.id}`]: "PRESENT" },
    });
    expect(take.status).toBe(403);
    expect(await db.attendance.count({ where: { eveningId: b.evening.id } })).toBe(0);
    const sheet = await request(b.sport.id, attendance.loader, {
      path: `/groepen/${b.id}/bijeenkomsten/${b.evening.id}/aanwezigheid`,
      params: { cohortId: b.id, eveningId: b.evening.id },
    });
    expect(sheet.status).toBe(403);
  });

  it("cannot create a cohort", async () => {
    const { b } = await twoCohorts();
    const response = await request(b.sport.id, newCohort.action, {
      path: "/groepen/nieuw",
      params: {},
      form: {
        name: "Stiekeme groep",
        place: "Zwolle",
        startsOn: "2026-09-01",
        endsOn: "2026-12-01",
      },
    });
    expect(response.status).toBe(403);
    expect(await db.cohort.count({ where: { name: "Stiekeme groep" } })).toBe(0);
  });
});

describe("the facilitator of cohort A", () => {
  it("cannot plan an evening, take attendance, remove a participant or create an invitation in cohort B", async () => {
    const { a, b } = await twoCohorts();
    const asA = (handler: unknown, path: string, form: Record<string, string>) =>
      request(a.facilitator.id, handler, {
        path,
        params: { cohortId: b.id, eveningId: b.evening.id },
        form,
      });

    const plan = await asA(evenings.action, `/groepen/${b.id}/bijeenkomsten`, {
      date: "2026-11-05",
      startTime: "19:30",
      endTime: "21:30",
      place: "Ergens",
      topic: "Overname",
    });
    expect(plan.status).toBe(403);
    expect(await db.evening.count({ where: { cohortId: b.id } })).toBe(1);

    const take = await asA(
      attendance.action,
      `/groepen/${b.id}/bijeenkomsten/${b.evening.id}/aanwezigheid`,
      { [`status-${b.sport.id}`]: "ABSENT" },
    );
    expect(take.status).toBe(403);
    expect(await db.attendance.count({ where: { eveningId: b.evening.id } })).toBe(0);

    const remove = await asA(cohortPage.action, `/groepen/${b.id}`, {
      intent: "remove",
      userId: b.sport.id,
    });
    expect(remove.status).toBe(403);
    expect(
      (
        await db.cohortMember.findUniqueOrThrow({
          where: { cohortId_userId: { cohortId: b.id, userId: b.sport.id } },
        })
      ).removedAt,
    ).toBeNull();

    const link = await asA(invite.action, `/groepen/${b.id}/uitnodigen`, {
      intent: "link",
      validDays: "14",
    });
    expect(link.status).toBe(403);
    const mail = await asA(invite.action, `/groepen/${b.id}/uitnodigen`, {
      intent: "email",
      email: "iemand@voorbeeld.nl",
    });
    expect(mail.status).toBe(403);
    expect(await db.invitation.count({ where: { cohortId: b.id } })).toBe(0);
  });

  it("cannot reach B's evening or participants through cohort A's own URLs", async () => {
    const { a, b } = await twoCohorts();
    const take = await request(a.facilitator.id, attendance.action, {
      path: `/groepen/${a.id}/bijeenkomsten/${b.evening.id}/aanwezigheid`,
      params: { cohortId: a.id, eveningId: b.evening.id },
      form: { [`status-${b.sport.id}`]: "ABSENT" },
    });
    expect(take.status).toBe(404);
    // A's own evening, but a participant of B in the form: ignored.
    const mixed = await request(a.facilitator.id, attendance.action, {
      path: `/groepen/${a.id}/bijeenkomsten/${a.evening.id}/aanwezigheid`,
      params: { cohortId: a.id, eveningId: a.evening.id },
      form: { [`status-${b.sport.id}`]: "PRESENT", [`status-${a.sport.id}`]: "PRESENT" },
    });
    expect(mixed.status).toBe(302);
    expect(await db.attendance.findMany({ select: { userId: true } })).toEqual([
      { userId: a.sport.id },
    ]);

    const remove = await request(a.facilitator.id, cohortPage.action, {
      path: `/groepen/${a.id}`,
      params: { cohortId: a.id },
      form: { intent: "remove", userId: b.sport.id },
    });
    expect(remove.status).toBe(404);
    expect(
      (
        await db.cohortMember.findUniqueOrThrow({
          where: { cohortId_userId: { cohortId: b.id, userId: b.sport.id } },
        })
      ).removedAt,
    ).toBeNull();
  });

  it("removes a participant of A: they lose access, their progress stays", async () => {
    const { a } = await twoCohorts();
    await db.lessonProgress.create({
      data: {
        userId: a.sport.id,
        cohortId: a.id,
        moduleKey: "kern/sport-als-middel",
        lessonSlug: "wat-is-een-sociaal-sportinitiatief",
      },
    });
    const remove = await request(a.facilitator.id, cohortPage.action, {
      path: `/groepen/${a.id}`,
      params: { cohortId: a.id },
      form: { intent: "remove", userId: a.sport.id },
    });
    expect(remove.status).toBe(200);
    expect(await remove.json()).toEqual({ removed: "Sporter Enschede" });
    const page = await request(a.sport.id, cohortPage.loader, {
      path: `/groepen/${a.id}`,
      params: { cohortId: a.id },
    });
    expect(page.status).toBe(403);
    expect(await db.lessonProgress.count({ where: { userId: a.sport.id } })).toBe(1);
  });

  it("refuses a removed participant on their next request with the same session, and shows an archived cohort as archived", async () => {
    // The guard reads the person's cohorts from the session's own query (decision 031): nothing is kept between requests.
    const { a } = await twoCohorts();
    const cookie = await sessionCookieFor(a.sport.id);
    const open = () =>
      cohortPage.loader({
        request: new Request(`http://localhost:3000/groepen/${a.id}`, {
          headers: { Cookie: cookie },
        }),
        params: { cohortId: a.id },
        context: { clientIp: "127.0.0.1" },
      }) as Promise<Response>;
    const status = (promise: Promise<Response>) =>
      promise.then(
        (response) => response.status,
        (thrown: Response) => thrown.status,
      );
    expect(await status(open())).toBe(200);
    await db.cohort.update({ where: { id: a.id }, data: { archivedAt: new Date() } });
    expect(((await (await open()).json()) as { archived: boolean }).archived).toBe(true);
    await db.cohortMember.update({
      where: { cohortId_userId: { cohortId: a.id, userId: a.sport.id } },
      data: { removedAt: new Date() },
    });
    expect(await status(open())).toBe(403);
  });

  it("takes attendance for the own cohort in one form", async () => {
    const { a } = await twoCohorts();
    const response = await request(a.facilitator.id, attendance.action, {
      path: `/groepen/${a.id}/bijeenkomsten/${a.evening.id}/aanwezigheid`,
      params: { cohortId: a.id, eveningId: a.evening.id },
      form: { [`status-${a.sport.id}`]: "PRESENT", [`status-${a.welfare.id}`]: "EXCUSED" },
    });
    expect(response.status).toBe(302);
    const rows = await db.attendance.findMany({
      where: { eveningId: a.evening.id },
      select: { userId: true, status: true },
    });
    expect(rows).toEqual(
      expect.arrayContaining([
        { userId: a.sport.id, status: "PRESENT" },
        { userId: a.welfare.id, status: "EXCUSED" },
      ]),
    );
  });
});
