import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { readInviteList } from "~/modules/cohorts/bulk-invitations.server";
import * as invitationRoute from "~/routes/uitnodiging.$token";
import * as bulkRoute from "~/routes/groepen.$cohortId.uitnodigen_.lijst";
import { factories } from "../factories";
import { request } from "./cohorts-helpers";
import { sessionCookieFor } from "../setup/call-route";

const make = factories(db);

describe("reading an invitation list", () => {
  it("reads plain addresses, Name <address>, and CSV with a header, comma or semicolon separated", () => {
    expect(readInviteList("a@voorbeeld.nl\nSanne Jansen <sanne@voorbeeld.nl>\n\n")).toMatchObject([
      { email: "a@voorbeeld.nl", name: null },
      { email: "sanne@voorbeeld.nl", name: "Sanne Jansen" },
    ]);
    expect(
      readInviteList(
        'naam;e-mail;sector;organisatie\r\n"Jansen; Sanne";sanne@voorbeeld.nl;sport;SV Buitenveld\r\n',
      ),
    ).toEqual([
      {
        line: 2,
        name: "Jansen; Sanne",
        email: "sanne@voorbeeld.nl",
        sector: "sport",
        organisation: "SV Buitenveld",
      },
    ]);
    // An empty sector keeps the organisation in its own column.
    expect(readInviteList("Piet,piet@voorbeeld.nl,,SV Buitenveld")).toEqual([
      {
        line: 1,
        name: "Piet",
        email: "piet@voorbeeld.nl",
        sector: null,
        organisation: "SV Buitenveld",
      },
    ]);
  });
});

describe("bulk invitations", () => {
  it("invites a pasted list and says per row: invited, already a member, invalid address, duplicate, cohort full", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const member = await make.user({ email: "lid@voorbeeld.nl" });
    const cohort = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [member.id],
    });
    await db.cohort.update({ where: { id: cohort.id }, data: { capacity: 5 } });
    const list = [
      "een@voorbeeld.nl",
      "Twee Persoon <twee@voorbeeld.nl>",
      "geen-adres",
      "lid@voorbeeld.nl",
      "drie@voorbeeld.nl",
      "EEN@voorbeeld.nl",
      "vier@voorbeeld.nl",
      "vijf@voorbeeld.nl",
    ].join("\n");
    const path = `/groepen/${cohort.id}/uitnodigen/lijst`;
    expect(
      (
        await request(member.id, bulkRoute.action, {
          path,
          params: { cohortId: cohort.id },
          form: { list },
        })
      ).status,
    ).toBe(403);
    const response = await request(facilitator.id, bulkRoute.action, {
      path,
      params: { cohortId: cohort.id },
      form: { list },
    });
    expect(response.status).toBe(200);
    const { rows } = await response.json();
    expect(
      rows.map((row: { email: string; outcome: string }) => `${row.email}:${row.outcome}`),
    ).toEqual([
      "een@voorbeeld.nl:invited",
      "twee@voorbeeld.nl:invited",
      "geen-adres:invalid",
      "lid@voorbeeld.nl:alreadyMember",
      "drie@voorbeeld.nl:invited",
      "een@voorbeeld.nl:duplicate",
      "vier@voorbeeld.nl:invited",
      "vijf@voorbeeld.nl:full",
    ]);
    expect(
      await db.outboxMail.count({
        where: {
          to: {
            in: ["een@voorbeeld.nl", "twee@voorbeeld.nl", "drie@voorbeeld.nl", "vier@voorbeeld.nl"],
          },
        },
      }),
    ).toBe(4);
    expect(await db.outboxMail.count({ where: { to: "vijf@voorbeeld.nl" } })).toBe(0);

    // A second run says who was already invited.
    const again = await (
      await request(facilitator.id, bulkRoute.action, {
        path,
        params: { cohortId: cohort.id },
        form: { list: "een@voorbeeld.nl" },
      })
    ).json();
    expect(again.rows[0].outcome).toBe("alreadyInvited");
  });

  it("accepts an uploaded CSV, lists who has not accepted yet and resends with a new link", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const cohort = await make.cohort({ facilitatorId: facilitator.id });
    await make.organisation({ name: "SV Buitenveld" });
    await make.organisation({ name: "Welzijn Oost", type: "WELZIJNSORGANISATIE" });
    const form = new FormData();
    form.append("list", "");
    form.append(
      "file",
      new File(
        [
          "naam,e-mail,sector,organisatie\nSanne,sanne@voorbeeld.nl,sport,SV Buitenveld\nAli,ali@voorbeeld.nl,welzijn,Welzijn Oost\n",
        ],
        "lijst.csv",
        { type: "text/csv" },
      ),
    );
    const url = `http://localhost:3000/groepen/${cohort.id}/uitnodigen/lijst`;
    const headers = {
      Cookie: await sessionCookieFor(facilitator.id),
      Origin: "http://localhost:3000",
    };
    const response = await bulkRoute.action({
      request: new Request(url, { method: "POST", body: form, headers }),
      params: { cohortId: cohort.id },
      context: { clientIp: "127.0.0.1" },
    });
    const { rows } = await response.json();
    expect(rows?.map((row: { outcome: string }) => row.outcome)).toEqual(["invited", "invited"]);

    const page = await (
      await request(facilitator.id, bulkRoute.loader, {
        path: `/groepen/${cohort.id}/uitnodigen/lijst`,
        params: { cohortId: cohort.id },
      })
    ).json();
    expect(page.waiting.map((row: { email: string }) => row.email).sort()).toEqual([
      "ali@voorbeeld.nl",
      "sanne@voorbeeld.nl",
    ]);
    const sanne = page.waiting.find((row: { email: string }) => row.email === "sanne@voorbeeld.nl");
    const resent = await (
      await request(facilitator.id, bulkRoute.action, {
        path: `/groepen/${cohort.id}/uitnodigen/lijst`,
        params: { cohortId: cohort.id },
        form: { intent: "resend", invitationId: sanne.id },
      })
    ).json();
    expect(resent.resent).toBe("sanne@voorbeeld.nl");
    const mails = await db.outboxMail.findMany({
      where: { to: "sanne@voorbeeld.nl" },
      orderBy: { createdAt: "asc" },
    });
    expect(mails).toHaveLength(2);
    expect(mails[0].text.match(/uitnodiging\/(\S+)/)?.[1]).not.toBe(
      mails[1].text.match(/uitnodiging\/(\S+)/)?.[1],
    );
    expect(await db.invitation.count({ where: { id: sanne.id, revokedAt: { not: null } } })).toBe(
      1,
    );
  });

  it("stores the sector and organisation of a CSV row and applies them when the person accepts; a wrong sector is reported per row", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const cohort = await make.cohort({ facilitatorId: facilitator.id });
    const club = await make.organisation({ name: "SV Buitenveld" });
    const welfare = await make.organisation({ name: "Welzijn Oost", type: "WELZIJNSORGANISATIE" });
    const known = await make.user({ email: "kees@voorbeeld.nl", name: "Kees Bekend" });
    await db.user.update({ where: { id: known.id }, data: { domain: null } });
    const csv = [
      "naam;e-mail;sector;organisatie",
      "Sanne Smit;s.smit@voorbeeld.nl;Sport;sv buitenveld",
      "Kees Bekend;kees@voorbeeld.nl;welzijn;Welzijn Oost",
      "Vera Fout;vera@voorbeeld.nl;voetbal;SV Buitenveld",
      "Omar Onbekend;omar@voorbeeld.nl;zorg;Club die niet bestaat",
    ].join("\r\n");
    const form = new FormData();
    form.append("list", "");
    form.append("file", new File([csv], "lijst.csv", { type: "text/csv" }));
    const url = `http://localhost:3000/groepen/${cohort.id}/uitnodigen/lijst`;
    const headers = {
      Cookie: await sessionCookieFor(facilitator.id),
      Origin: "http://localhost:3000",
    };
    const response = await bulkRoute.action({
      request: new Request(url, { method: "POST", body: form, headers }),
      params: { cohortId: cohort.id },
      context: { clientIp: "127.0.0.1" },
    });
    const { rows } = await response.json();
    expect(
      rows?.map((row: { line: number; outcome: string }) => `${row.line}:${row.outcome}`),
    ).toEqual(["2:invited", "3:invited", "4:invalidSector", "5:unknownOrganisation"]);
    expect(
      await db.outboxMail.count({
        where: { to: { in: ["vera@voorbeeld.nl", "omar@voorbeeld.nl"] } },
      }),
    ).toBe(0);
    expect(
      await db.invitation.findFirstOrThrow({
        where: { email: "s.smit@voorbeeld.nl" },
        select: { domain: true, memberOrgId: true },
      }),
    ).toEqual({ domain: "SPORT", memberOrgId: club.id });
    // The per-row message is Dutch on the page.
    const { season } = await import("~/i18n/nl/season");
    expect(season.invite.outcome.invalidSector).toMatch(/^Onbekende sector/);

    const tokenFor = async (to: string) =>
      (await db.outboxMail.findFirstOrThrow({ where: { to } })).text.match(
        /uitnodiging\/([a-z0-9]+)/,
      )![1];

    // A new person: the sign-up form starts with the row's sector and organisation; leaving the organisation empty still applies it.
    const sanneToken = await tokenFor("s.smit@voorbeeld.nl");
    const page = await (
      await request(null, invitationRoute.loader, {
        path: `/uitnodiging/${sanneToken}`,
        params: { token: sanneToken },
      })
    ).json();
    expect(page.invitation.suggested).toEqual({ domain: "SPORT", orgId: club.id });
    const signup = await request(null, invitationRoute.action, {
      path: `/uitnodiging/${sanneToken}`,
      params: { token: sanneToken },
      form: {
        name: "Sanne Smit",
        email: "s.smit@voorbeeld.nl",
        password: "goed wachtwoord",
        domain: "SPORT",
        volunteerRole: "trainer",
      },
    });
    expect(signup.status).toBe(302);
    const sanne = await db.user.findUniqueOrThrow({
      where: { email: "s.smit@voorbeeld.nl" },
      select: {
        domain: true,
        memberships: { select: { orgId: true, status: true } },
        cohortMemberships: { select: { cohortId: true } },
      },
    });
    expect(sanne).toEqual({
      domain: "SPORT",
      memberships: [{ orgId: club.id, status: "PENDING" }],
      cohortMemberships: [{ cohortId: cohort.id }],
    });

    // Someone with an account and no sector yet: joining sets the sector and asks to join the organisation.
    const keesToken = await tokenFor("kees@voorbeeld.nl");
    const joined = await request(known.id, invitationRoute.action, {
      path: `/uitnodiging/${keesToken}`,
      params: { token: keesToken },
      form: {},
    });
    expect(joined.headers.get("Location")).toBe(`/groepen/${cohort.id}/welkom`);
    const kees = await db.user.findUniqueOrThrow({
      where: { id: known.id },
      select: { domain: true, memberships: { select: { orgId: true, status: true } } },
    });
    expect(kees).toEqual({
      domain: "WELZIJN",
      memberships: [{ orgId: welfare.id, status: "PENDING" }],
    });
  });
});
