import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { readInviteList } from "~/modules/cohorts/bulk-invitations.server";
import * as bulkRoute from "~/routes/groepen.$cohortId.uitnodigen_.lijst";
import { factories } from "../factories";
import { request } from "./cohorts-helpers";
import { sessionCookieFor } from "../setup/call-route";

const make = factories(db);

describe("reading an invitation list", () => {
  it("reads plain addresses, Name <address>, and CSV with a header, comma or semicolon separated", () => {
    expect(readInviteList("a@voorbeeld.nl\nSanne Jansen <sanne@voorbeeld.nl>\n\n")).toMatchObject([{ email: "a@voorbeeld.nl", name: null }, { email: "sanne@voorbeeld.nl", name: "Sanne Jansen" }]);
    expect(readInviteList("naam;e-mail;sector;organisatie\r\n\"Jansen; Sanne\";sanne@voorbeeld.nl;sport;SV Buitenveld\r\n")).toEqual([{ line: 2, name: "Jansen; Sanne", email: "sanne@voorbeeld.nl", sector: "sport", organisation: "SV Buitenveld" }]);
  });
});

describe("bulk invitations", () => {
  it("invites a pasted list and says per row: invited, already a member, invalid address, duplicate, cohort full", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const member = await make.user({ email: "lid@voorbeeld.nl" });
    const cohort = await make.cohort({ facilitatorId: facilitator.id, participantIds: [member.id] });
    await db.cohort.update({ where: { id: cohort.id }, data: { capacity: 5 } });
    const list = ["een@voorbeeld.nl", "Twee Persoon <twee@voorbeeld.nl>", "geen-adres", "lid@voorbeeld.nl", "drie@voorbeeld.nl", "EEN@voorbeeld.nl", "vier@voorbeeld.nl", "vijf@voorbeeld.nl"].join("\n");
    const path = `/groepen/${cohort.id}/uitnodigen/lijst`;
    expect((await request(member.id, bulkRoute.action, { path, params: { cohortId: cohort.id }, form: { list } })).status).toBe(403);
    const response = await request(facilitator.id, bulkRoute.action, { path, params: { cohortId: cohort.id }, form: { list } });
    expect(response.status).toBe(200);
    const { rows } = await response.json();
    expect(rows.map((row: { email: string; outcome: string }) => `${row.email}:${row.outcome}`)).toEqual([
      "een@voorbeeld.nl:invited", "twee@voorbeeld.nl:invited", "geen-adres:invalid", "lid@voorbeeld.nl:alreadyMember", "drie@voorbeeld.nl:invited",
      "een@voorbeeld.nl:duplicate", "vier@voorbeeld.nl:invited", "vijf@voorbeeld.nl:full",
    ]);
    expect(await db.outboxMail.count({ where: { to: { in: ["een@voorbeeld.nl", "twee@voorbeeld.nl", "drie@voorbeeld.nl", "vier@voorbeeld.nl"] } } })).toBe(4);
    expect(await db.outboxMail.count({ where: { to: "vijf@voorbeeld.nl" } })).toBe(0);

    // A second run says who was already invited.
    const again = await (await request(facilitator.id, bulkRoute.action, { path, params: { cohortId: cohort.id }, form: { list: "een@voorbeeld.nl" } })).json();
    expect(again.rows[0].outcome).toBe("alreadyInvited");
  });

  it("accepts an uploaded CSV, lists who has not accepted yet and resends with a new link", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const cohort = await make.cohort({ facilitatorId: facilitator.id });
    const form = new FormData();
    form.append("list", "");
    form.append("file", new File(["naam,e-mail,sector,organisatie\nSanne,sanne@voorbeeld.nl,sport,SV Buitenveld\nAli,ali@voorbeeld.nl,welzijn,Welzijn Oost\n"], "lijst.csv", { type: "text/csv" }));
    const url = `http://localhost:3000/groepen/${cohort.id}/uitnodigen/lijst`;
    const headers = { Cookie: await sessionCookieFor(facilitator.id), Origin: "http://localhost:3000" };
    const response = await bulkRoute.action({ request: new Request(url, { method: "POST", body: form, headers }), params: { cohortId: cohort.id }, context: { clientIp: "127.0.0.1" } });
    const { rows } = await response.json();
    expect(rows?.map((row: { outcome: string }) => row.outcome)).toEqual(["invited", "invited"]);

    const page = await (await request(facilitator.id, bulkRoute.loader, { path: `/groepen/${cohort.id}/uitnodigen/lijst`, params: { cohortId: cohort.id } })).json();
    expect(page.waiting.map((row: { email: string }) => row.email).sort()).toEqual(["ali@voorbeeld.nl", "sanne@voorbeeld.nl"]);
    const sanne = page.waiting.find((row: { email: string }) => row.email === "sanne@voorbeeld.nl");
    const resent = await (await request(facilitator.id, bulkRoute.action, { path: `/groepen/${cohort.id}/uitnodigen/lijst`, params: { cohortId: cohort.id }, form: { intent: "resend", invitationId: sanne.id } })).json();
    expect(resent.resent).toBe("sanne@voorbeeld.nl");
    const mails = await db.outboxMail.findMany({ where: { to: "sanne@voorbeeld.nl" }, orderBy: { createdAt: "asc" } });
    expect(mails).toHaveLength(2);
    expect(mails[0].text.match(/uitnodiging\/(\S+)/)?.[1]).not.toBe(mails[1].text.match(/uitnodiging\/(\S+)/)?.[1]);
    expect(await db.invitation.count({ where: { id: sanne.id, revokedAt: { not: null } } })).toBe(1);
  });
});
