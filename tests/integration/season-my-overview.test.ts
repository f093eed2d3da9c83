import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { factories } from "../factories";
import { startAppServer, type RunningApp } from "../setup/app-server";
import { cookieFor, get, post } from "./helpers/http";

// Over raw HTTP against the built app: what a volunteer removed from their cohort still sees.
const make = factories(db);
let app: RunningApp;

beforeAll(async () => {
  app = await startAppServer(process.env.DATABASE_URL!);
}, 60_000);
afterAll(async () => app?.stop());

describe("Mijn overzicht", () => {
  it("shows progress, what is left and the next evening with its place", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const participant = await make.user({ name: "Noor Vrijwilliger" });
    const cohort = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [participant.id],
      name: "Sportcoach Deventer",
      minEvenings: 1,
    });
    await db.evening.create({
      data: {
        cohortId: cohort.id,
        startsAt: new Date(Date.now() + 86_400_000),
        endsAt: new Date(Date.now() + 90_000_000),
        place: "Kantine SV Rood-Wit",
        topic: "Samen in gesprek",
      },
    });
    const past = await db.evening.create({
      data: {
        cohortId: cohort.id,
        startsAt: new Date(Date.now() - 7 * 86_400_000),
        endsAt: new Date(Date.now() - 7 * 86_400_000 + 7_200_000),
        place: "Kantine",
        topic: "Eerste avond",
      },
    });
    await db.attendance.create({
      data: {
        eveningId: past.id,
        userId: participant.id,
        status: "PRESENT",
        recordedById: facilitator.id,
      },
    });
    const html = (
      await (await get(app, "/mijn-overzicht", await cookieFor(participant.id))).text()
    ).replace(/<!-- -->/g, "");
    expect(html).toContain("<title>Mijn overzicht · Buiten de Lijnen</title>");
    expect(html).toContain("Sportcoach Deventer");
    expect(html).toMatch(/0 van \d+ lessen klaar/);
    expect(html).toContain("Nog te doen");
    expect(html).toContain("Samen in gesprek");
    expect(html).toContain("Kantine SV Rood-Wit");
    expect(html).toMatch(/Eerste avond · Aanwezig/);
    expect(html).toContain("Je was bij 1 bijeenkomsten; het minimum van 1 heb je gehaald.");
  });

  it("a participant removed from a cohort still opens and downloads their certificate, and the verify page says geldig", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const participant = await make.user({ name: "Ayşe Yıldız" });
    const cohort = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [participant.id],
      minEvenings: 1,
      name: "Groep Oldenzaal",
    });
    await make.courseCompletion({
      cohortId: cohort.id,
      userId: participant.id,
      recordedById: facilitator.id,
    });
    const cookie = await cookieFor(participant.id);
    expect((await post(app, `/groepen/${cohort.id}/certificaat`, [], cookie)).status).toBe(200);
    const certificate = await db.certificate.findFirstOrThrow({
      where: { userId: participant.id },
    });

    // The facilitator removes them from the cohort.
    expect(
      (
        await post(
          app,
          `/groepen/${cohort.id}`,
          [
            ["intent", "remove"],
            ["userId", participant.id],
          ],
          await cookieFor(facilitator.id),
        )
      ).status,
    ).toBe(200);
    expect((await get(app, `/groepen/${cohort.id}/certificaat.pdf`, cookie)).status).toBe(403);

    const html = await (await get(app, "/mijn-overzicht", cookie)).text();
    expect(html).toContain("Mijn certificaten");
    expect(html).toContain("Groep Oldenzaal");
    const pdfLink = `/mijn-overzicht/certificaten/${certificate.id}/certificaat.pdf`;
    expect(html).toContain(pdfLink);
    expect(html).toContain(`/verifieer/${certificate.code}`);

    const pdf = await get(app, pdfLink, cookie);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const badge = await get(
      app,
      `/mijn-overzicht/certificaten/${certificate.id}/open-badge.json`,
      cookie,
    );
    expect(badge.status).toBe(200);
    expect((await badge.json()).jws).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);

    // Someone else cannot download it by id.
    const stranger = await make.user();
    expect((await get(app, pdfLink, await cookieFor(stranger.id))).status).toBe(404);

    const verify = await (await get(app, `/verifieer/${certificate.code}`)).text();
    expect(verify).toContain("Geldig certificaat");
  });
});
