import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { issueCertificateByHand } from "~/modules/certificates/issue-certificate.server";
import { factories } from "../factories";
import { startAppServer, type RunningApp } from "../setup/app-server";
import { cookieFor, get, post } from "./helpers/http";

const make = factories(db);
let app: RunningApp;

beforeAll(async () => {
  app = await startAppServer(process.env.DATABASE_URL!);
}, 60_000);
afterAll(async () => app?.stop());

/** Club X with its admin, a certified member, an uncertified member and a pending request; club Y with its own admin. */
async function twoClubs() {
  const clubX = await make.organisation({ name: "SV Buitenveld" });
  const clubY = await make.organisation({ name: "VV De Overkant" });
  const adminX = await make.user({ name: "Henk Jansen" });
  const adminY = await make.user({ name: "Gerda Overkant" });
  await make.membership({ userId: adminX.id, orgId: clubX.id, role: "ADMIN" });
  await make.membership({ userId: adminY.id, orgId: clubY.id, role: "ADMIN" });
  const certified = await make.user({ name: "Sven Bakker" });
  const uncertified = await make.user({ name: '=HYPERLINK("http://evil")' });
  const pending = await make.user({ name: "Łukasz Nowak" });
  await make.membership({ userId: certified.id, orgId: clubX.id });
  await make.membership({ userId: uncertified.id, orgId: clubX.id });
  await make.membership({ userId: pending.id, orgId: clubX.id, status: "PENDING" });
  const facilitator = await make.user({ role: "FACILITATOR" });
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: [certified.id, uncertified.id],
  });
  await issueCertificateByHand({
    cohortId: cohort.id,
    userId: certified.id,
    issuedById: facilitator.id,
    reason: "Demo",
  });
  return {
    clubX,
    clubY,
    adminX,
    adminY,
    certified,
    uncertified,
    pending,
    cookieX: await cookieFor(adminX.id),
    cookieY: await cookieFor(adminY.id),
  };
}

function registerPart(html: string) {
  return html.slice(html.indexOf("Vrijwilligersregister"), html.indexOf("Mensen uitnodigen"));
}

function isoDaysAgo(years: number, months: number) {
  const now = new Date();
  return new Date(
    Date.UTC(
      now.getUTCFullYear() - years,
      now.getUTCMonth() - months,
      Math.min(now.getUTCDate(), 28),
    ),
  )
    .toISOString()
    .slice(0, 10);
}

describe("the club register", () => {
  it("shows only active members with their course status", async () => {
    const { clubX, cookieX } = await twoClubs();
    const response = await get(app, `/organisaties/${clubX.id}`, cookieX);
    expect(response.status).toBe(200);
    const register = registerPart(await response.text());
    expect(register).toContain("Sven Bakker");
    expect(register).toContain("Certificaat geldig");
    expect(register).toContain("Volgt de cursus");
    expect(register).not.toContain("Łukasz Nowak");
  });

  it("the admin of X confirms a trained volunteer, records a VOG date and sees the renewal warning", async () => {
    const { clubX, adminX, certified, uncertified, cookieX } = await twoClubs();
    const confirm = await post(
      app,
      `/organisaties/${clubX.id}`,
      [
        ["intent", "types"],
        ["userId", certified.id],
        ["types", "regulier"],
        ["types", "getraind"],
      ],
      cookieX,
    );
    expect(confirm.status).toBe(200);
    const membership = await db.orgMembership.findUniqueOrThrow({
      where: { userId_orgId: { userId: certified.id, orgId: clubX.id } },
    });
    expect(membership.volunteerTypes.sort()).toEqual(["getraind", "regulier"]);
    expect(membership.trainedConfirmedById).toBe(adminX.id);

    const refused = await post(
      app,
      `/organisaties/${clubX.id}`,
      [
        ["intent", "types"],
        ["userId", uncertified.id],
        ["types", "getraind"],
      ],
      cookieX,
    );
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Dit lid heeft geen geldig certificaat");
    const none = await post(
      app,
      `/organisaties/${clubX.id}`,
      [
        ["intent", "types"],
        ["userId", uncertified.id],
      ],
      cookieX,
    );
    expect(await none.text()).toContain("Kies minstens één soort vrijwilliger.");

    const seenOn = isoDaysAgo(2, 11);
    const vog = await post(
      app,
      `/organisaties/${clubX.id}`,
      [
        ["intent", "vog"],
        ["userId", certified.id],
        ["seenOn", seenOn],
      ],
      cookieX,
    );
    expect(vog.status).toBe(200);
    const future = await post(
      app,
      `/organisaties/${clubX.id}`,
      [
        ["intent", "vog"],
        ["userId", certified.id],
        ["seenOn", "2999-01-01"],
      ],
      cookieX,
    );
    expect(await future.text()).toContain("De datum kan niet in de toekomst liggen.");

    const register = registerPart(
      await (await get(app, `/organisaties/${clubX.id}`, cookieX)).text(),
    );
    expect(register).toMatch(
      /Bevestigd als getrainde vrijwilliger op \d{1,2} \w+ \d{4} door Henk Jansen/,
    );
    expect(register).toMatch(/VOG gezien op \d{1,2} \w+ \d{4} door Henk Jansen/);
    expect(register).toMatch(/Let op: de VOG moet vóór \d{1,2} \w+ \d{4} vernieuwd worden\./);
  });

  it("exports the register as CSV with formulas neutralised", async () => {
    const { clubX, cookieX } = await twoClubs();
    const response = await get(app, `/organisaties/${clubX.id}/register.csv`, cookieX);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const csv = await response.text();
    expect(csv).toContain("Sven Bakker");
    expect(csv).toContain("Certificaat geldig");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).not.toMatch(/(^|;)=HYPERLINK/m);
    expect(csv).not.toContain("Łukasz Nowak");
  });

  it("the admin of Y gets 403 for X's register, CSV and actions, and cannot reach X's members through Y", async () => {
    const { clubX, clubY, certified, cookieY } = await twoClubs();
    expect((await get(app, `/organisaties/${clubX.id}`, cookieY)).status).toBe(403);
    expect((await get(app, `/organisaties/${clubX.id}/register.csv`, cookieY)).status).toBe(403);
    expect(
      (
        await post(
          app,
          `/organisaties/${clubX.id}`,
          [
            ["intent", "types"],
            ["userId", certified.id],
            ["types", "regulier"],
          ],
          cookieY,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await post(
          app,
          `/organisaties/${clubX.id}`,
          [
            ["intent", "vog"],
            ["userId", certified.id],
            ["seenOn", "2025-01-01"],
          ],
          cookieY,
        )
      ).status,
    ).toBe(403);
    // Y's own page with X's member id: that person is no member of Y, so nothing changes.
    expect(
      (
        await post(
          app,
          `/organisaties/${clubY.id}`,
          [
            ["intent", "vog"],
            ["userId", certified.id],
            ["seenOn", "2025-01-01"],
          ],
          cookieY,
        )
      ).status,
    ).toBe(404);
    const yRegister = registerPart(
      await (await get(app, `/organisaties/${clubY.id}`, cookieY)).text(),
    );
    expect(yRegister).not.toContain("Sven Bakker");
    const csvY = await (await get(app, `/organisaties/${clubY.id}/register.csv`, cookieY)).text();
    expect(csvY).not.toContain("Sven Bakker");
    const membership = await db.orgMembership.findUniqueOrThrow({
      where: { userId_orgId: { userId: certified.id, orgId: clubX.id } },
    });
    expect(membership.vogSeenOn).toBeNull();
    expect(membership.volunteerTypes).toEqual([]);
    // A plain member of X is no admin either.
    expect(
      (await get(app, `/organisaties/${clubX.id}`, await cookieFor(certified.id))).status,
    ).toBe(403);
  });
});

describe("membership and consent", () => {
  it("a member sees what the club records, and leaving ends the club's view", async () => {
    const { clubX, certified, cookieX } = await twoClubs();
    await post(
      app,
      `/organisaties/${clubX.id}`,
      [
        ["intent", "vog"],
        ["userId", certified.id],
        ["seenOn", isoDaysAgo(1, 0)],
      ],
      cookieX,
    );
    const memberCookie = await cookieFor(certified.id);
    const mine = await (await get(app, "/account/clubs", memberCookie)).text();
    expect(mine).toContain("SV Buitenveld");
    expect(mine).toMatch(/VOG gezien op \d{1,2} \w+ \d{4} door Henk Jansen/);
    expect(await (await get(app, "/account", memberCookie)).text()).toContain(
      'href="/account/clubs"',
    );

    const leave = await post(
      app,
      "/account/clubs",
      [
        ["intent", "leave"],
        ["orgId", clubX.id],
      ],
      memberCookie,
    );
    expect(leave.status).toBe(200);
    expect(await leave.text()).toContain("Je bent niet meer gekoppeld aan SV Buitenveld.");
    expect(await db.orgMembership.count({ where: { userId: certified.id, orgId: clubX.id } })).toBe(
      0,
    );
    expect(
      registerPart(await (await get(app, `/organisaties/${clubX.id}`, cookieX)).text()),
    ).not.toContain("Sven Bakker");
  });

  it("a request stays pending (invisible in the register) until the admin accepts", async () => {
    const { clubX, cookieX } = await twoClubs();
    const person = await make.user({ name: "Ingrid Smit" });
    const cookie = await cookieFor(person.id);
    const empty = await post(
      app,
      "/account/clubs",
      [
        ["intent", "request"],
        ["orgId", ""],
      ],
      cookie,
    );
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Kies een organisatie.");
    const request = await post(
      app,
      "/account/clubs",
      [
        ["intent", "request"],
        ["orgId", clubX.id],
      ],
      cookie,
    );
    expect(await request.text()).toContain("Je aanvraag bij SV Buitenveld is verstuurd.");
    expect(
      (
        await db.orgMembership.findUniqueOrThrow({
          where: { userId_orgId: { userId: person.id, orgId: clubX.id } },
        })
      ).status,
    ).toBe("PENDING");
    expect(
      registerPart(await (await get(app, `/organisaties/${clubX.id}`, cookieX)).text()),
    ).not.toContain("Ingrid Smit");
    await post(
      app,
      `/organisaties/${clubX.id}`,
      [
        ["intent", "accept"],
        ["userId", person.id],
      ],
      cookieX,
    );
    expect(
      registerPart(await (await get(app, `/organisaties/${clubX.id}`, cookieX)).text()),
    ).toContain("Ingrid Smit");
  });
});
