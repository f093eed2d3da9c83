import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as worklist from "~/routes/organisaties.$orgId_.werklijst";
import { factories } from "../factories";
import { request } from "./cohorts-helpers";

const make = factories(db);
const DAY = 86_400_000;
const yearsAgo = (years: number, plusDays = 0) =>
  new Date(
    Date.UTC(
      new Date().getUTCFullYear() - years,
      new Date().getUTCMonth(),
      new Date().getUTCDate(),
    ) +
      plusDays * DAY,
  );

describe("the club register as a working list", () => {
  it("counts trained volunteers, VOGs due within 60 days and expired or missing ones; filters and sorts; records and links a volunteer without an account", async () => {
    const admin = await make.user({ name: "Clubbeheerder", volunteerRole: "bestuurslid" });
    const club = await make.organisation({ name: "SV Buitenveld" });
    await make.membership({ userId: admin.id, orgId: club.id, role: "ADMIN" });
    const trained = await make.user({ name: "Anna Getraind", volunteerRole: "bestuurslid" });
    const soon = await make.user({ name: "Bram Binnenkort", volunteerRole: "trainer" });
    const expired = await make.user({ name: "Cas Verlopen", volunteerRole: "coach" });
    const missing = await make.user({ name: "Dirk Zonder VOG", volunteerRole: "teamleider" });
    for (const person of [trained, soon, expired, missing])
      await make.membership({ userId: person.id, orgId: club.id });
    await db.orgMembership.update({
      where: { userId_orgId: { userId: trained.id, orgId: club.id } },
      data: {
        trainedConfirmedAt: new Date(),
        trainedConfirmedById: admin.id,
        vogSeenOn: yearsAgo(1),
      },
    });
    await db.orgMembership.update({
      where: { userId_orgId: { userId: soon.id, orgId: club.id } },
      data: { vogSeenOn: yearsAgo(3, 30) },
    });
    await db.orgMembership.update({
      where: { userId_orgId: { userId: expired.id, orgId: club.id } },
      data: { vogSeenOn: yearsAgo(3, -10) },
    });

    const path = `/organisaties/${club.id}/werklijst`;
    const load = async (query = "") =>
      (
        await request(admin.id, worklist.loader, {
          path: `${path}${query}`,
          params: { orgId: club.id },
        })
      ).json();
    expect(
      (await request(trained.id, worklist.loader, { path, params: { orgId: club.id } })).status,
    ).toBe(403);
    const page = await load();
    expect(page.counts).toMatchObject({ trained: 1, vogSoon: 1, vogProblem: 2, withoutAccount: 0 });
    expect(
      (await load("?filter=vog-probleem")).rows.map((row: { name: string }) => row.name),
    ).toEqual(["Cas Verlopen", "Dirk Zonder VOG"]);
    expect((await load("?filter=getraind")).rows.map((row: { name: string }) => row.name)).toEqual([
      "Anna Getraind",
    ]);
    // Needing attention first: expired, then none recorded, then due soon, then valid.
    expect((await load("?sort=vog")).rows.map((row: { name: string }) => row.name)).toEqual([
      "Cas Verlopen",
      "Clubbeheerder",
      "Dirk Zonder VOG",
      "Bram Binnenkort",
      "Anna Getraind",
    ]);

    const post = (form: Record<string, string>) =>
      request(admin.id, worklist.action, { path, params: { orgId: club.id }, form });
    const bad = await post({ intent: "record", name: "E", vogSeenOn: "2999-01-01" });
    expect((await bad.json()).errors).toEqual({
      name: "season.register.errors.nameRequired",
      vogSeenOn: "season.register.errors.vogDate",
    });
    const vogDate = yearsAgo(0, -20).toISOString().slice(0, 10);
    expect(
      (
        await post({
          intent: "record",
          name: "Evi Nog Geen Account",
          volunteerRole: "jeugdtrainer",
          vogSeenOn: vogDate,
        })
      ).status,
    ).toBe(302);
    const withRecord = await load("?filter=zonder-account");
    expect(withRecord.counts.withoutAccount).toBe(1);
    expect(withRecord.rows).toMatchObject([
      { name: "Evi Nog Geen Account", hasAccount: false, vogState: "valid" },
    ]);

    // Evi joins the club; the admin links the record and her VOG date moves to her membership.
    const evi = await make.user({ name: "Evi de Jong" });
    await make.membership({ userId: evi.id, orgId: club.id });
    const recordId = withRecord.rows[0].recordId;
    expect((await post({ intent: "link", recordId, userId: evi.id })).status).toBe(302);
    expect(
      (
        await db.orgMembership.findUniqueOrThrow({
          where: { userId_orgId: { userId: evi.id, orgId: club.id } },
        })
      ).vogSeenOn
        ?.toISOString()
        .slice(0, 10),
    ).toBe(vogDate);
    expect((await load()).counts.withoutAccount).toBe(0);
    // A record of another club cannot be linked from here.
    const other = await make.organisation();
    const foreign = await db.clubVolunteer.create({
      data: { orgId: other.id, name: "Ander", recordedById: admin.id },
    });
    expect((await post({ intent: "link", recordId: foreign.id, userId: evi.id })).status).toBe(400);
  });
});
