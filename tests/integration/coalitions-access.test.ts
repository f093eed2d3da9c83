import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as list from "~/routes/coalities._index";
import * as overview from "~/routes/coalities.$coalitionId._index";
import * as timeline from "~/routes/coalities.$coalitionId.tijdlijn";
import * as measurements from "~/routes/coalities.$coalitionId.metingen";
import * as scan from "~/routes/coalities.$coalitionId.scan";
import * as agreements from "~/routes/coalities.$coalitionId.afspraken";
import * as pdf from "~/routes/coalities.$coalitionId.rapport[.]pdf";
import { coalitionWorld, make, request } from "./coalitions-helpers";

describe("who sees a coalition", () => {
  it("refuses outsiders with 403 and unknown or malformed ids with 404 on every page", async () => {
    const w = await coalitionWorld();
    const id = w.coalition.id;
    const pages = [
      [overview.loader, ""],
      [timeline.loader, "/tijdlijn"],
      [measurements.loader, "/metingen"],
      [scan.loader, "/scan"],
      [agreements.loader, "/afspraken"],
      [pdf.loader, "/rapport.pdf"],
    ] as const;
    for (const [loader, suffix] of pages) {
      const outsider = await request(w.outsider.id, loader, {
        path: `/coalities/${id}${suffix}`,
        params: { coalitionId: id },
      });
      expect(outsider.status, suffix).toBe(403);
      expect(await outsider.text()).not.toContain("Samen Sterk");
      // A member of a partner organisation who is not (yet) in the coalition is an outsider too.
      expect(
        (
          await request(w.clubSpares[0].id, loader, {
            path: `/coalities/${id}${suffix}`,
            params: { coalitionId: id },
          })
        ).status,
        suffix,
      ).toBe(403);
      expect(
        (
          await request(w.clubAdmin.id, loader, {
            path: `/coalities/clzzzzzzzzzzzzzzzzzzzzzzz${suffix}`,
            params: { coalitionId: "clzzzzzzzzzzzzzzzzzzzzzzz" },
          })
        ).status,
        suffix,
      ).toBe(404);
      expect(
        (
          await request(w.clubAdmin.id, loader, {
            path: `/coalities/x${suffix}`,
            params: { coalitionId: "../../etc" },
          })
        ).status,
        suffix,
      ).toBe(404);
      expect(
        (
          await request(w.welfareAdmin.id, loader, {
            path: `/coalities/${id}${suffix}`,
            params: { coalitionId: id },
          })
        ).status,
        suffix,
      ).toBe(200);
    }
    const anonymous = await request(null, overview.loader, {
      path: `/coalities/${id}`,
      params: { coalitionId: id },
    });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toContain("/inloggen");
  });

  it("lists only one's own coalitions, and only organisation administrators may start one", async () => {
    const w = await coalitionWorld();
    const mine = await (
      await request(w.townAdmin.id, list.loader, { path: "/coalities", params: {} })
    ).json();
    expect(mine.coalitions.map((coalition: { name: string }) => coalition.name)).toEqual([
      "Samen Sterk Hengelo",
    ]);
    const theirs = await (
      await request(w.outsider.id, list.loader, { path: "/coalities", params: {} })
    ).json();
    expect(theirs.coalitions).toEqual([]);

    const plain = await make.user({ name: "Gewone vrijwilliger" });
    const refused = await request(plain.id, list.action, {
      path: "/coalities",
      params: {},
      form: { name: "Stiekem", ambition: "x", orgId: w.club.id },
    });
    expect(refused.status).toBe(403);
    // An administrator cannot start one for someone else's organisation.
    const foreign = await request(w.outsider.id, list.action, {
      path: "/coalities",
      params: {},
      form: { name: "Overname", ambition: "Samen.", orgId: w.club.id },
    });
    expect(foreign.status).toBe(400);
    const invalid = await request(w.outsider.id, list.action, {
      path: "/coalities",
      params: {},
      form: { name: "", ambition: "", orgId: w.outsiderOrg.id },
    });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).errors).toMatchObject({
      name: "coalitions.errors.nameRequired",
      ambition: "coalitions.errors.ambitionRequired",
    });

    const started = await request(w.outsider.id, list.action, {
      path: "/coalities",
      params: {},
      form: { name: "Elders Samen", ambition: "Sporten in de buurt.", orgId: w.outsiderOrg.id },
    });
    expect(started.status).toBe(302);
    const created = await db.coalition.findFirstOrThrow({
      where: { name: "Elders Samen" },
      select: { members: true, partners: true },
    });
    expect(created.members).toMatchObject([
      { userId: w.outsider.id, role: "COORDINATOR", orgId: w.outsiderOrg.id },
    ]);
    expect(created.partners.map((partner) => partner.orgId)).toEqual([w.outsiderOrg.id]);
  });

  it("lets a partner's administrator add only their own organisation's people; only the coordinator edits, adds partners and links cohorts", async () => {
    const w = await coalitionWorld();
    const path = `/coalities/${w.coalition.id}`;
    const params = { coalitionId: w.coalition.id };
    // The welfare administrator adds a welfare colleague ...
    const added = await request(w.welfareAdmin.id, overview.action, {
      path,
      params,
      form: {
        intent: "member",
        person: `${w.welfare.id}:${w.welfareSpares[0].id}`,
        roleTitle: "maatje",
      },
    });
    expect(added.status).toBe(200);
    // ... but not a club trainer, nor a welfare colleague on behalf of the club, nor someone from outside the organisation.
    for (const person of [
      `${w.club.id}:${w.clubSpares[0].id}`,
      `${w.welfare.id}:${w.clubSpares[0].id}`,
      `${w.welfare.id}:${w.outsider.id}`,
    ]) {
      expect(
        (
          await request(w.welfareAdmin.id, overview.action, {
            path,
            params,
            form: { intent: "member", person },
          })
        ).status,
      ).toBe(400);
    }
    // An ordinary member cannot add anyone.
    expect(
      (
        await request(w.welfareSpares[0].id, overview.action, {
          path,
          params,
          form: { intent: "member", person: `${w.welfare.id}:${w.welfareSpares[1].id}` },
        })
      ).status,
    ).toBe(403);
    // Asking to be coordinator as a partner's administrator gives a plain seat.
    await request(w.welfareAdmin.id, overview.action, {
      path,
      params,
      form: {
        intent: "member",
        person: `${w.welfare.id}:${w.welfareSpares[1].id}`,
        coordinator: "on",
      },
    });
    const seats = await db.coalitionMember.findMany({
      where: { coalitionId: w.coalition.id, leftAt: null },
      select: { userId: true, role: true, roleTitle: true },
    });
    expect(seats).toHaveLength(5);
    expect(seats.find((seat) => seat.userId === w.welfareSpares[1].id)?.role).toBe("MEMBER");
    expect(seats.find((seat) => seat.userId === w.welfareSpares[0].id)?.roleTitle).toBe("maatje");

    const forms: Record<string, string>[] = [
      { intent: "edit", name: "Gekaapt", ambition: "Anders." },
      { intent: "partner", orgId: w.outsiderOrg.id },
    ];
    for (const form of forms) {
      expect(
        (await request(w.welfareAdmin.id, overview.action, { path, params, form })).status,
      ).toBe(403);
      expect((await request(w.outsider.id, overview.action, { path, params, form })).status).toBe(
        403,
      );
    }
    expect(
      (
        await request(w.clubAdmin.id, overview.action, {
          path,
          params,
          form: { intent: "edit", name: "Samen Sterker", ambition: "Nog meer jongeren." },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await request(w.clubAdmin.id, overview.action, {
          path,
          params,
          form: { intent: "partner", orgId: w.outsiderOrg.id },
        })
      ).status,
    ).toBe(200);
    const facilitator = await make.user({ role: "FACILITATOR" });
    const ownCohort = await make.cohort({
      facilitatorId: facilitator.id,
      orgIds: [w.club.id],
      name: "Groep Hengelo",
    });
    const strangerCohort = await make.cohort({
      facilitatorId: facilitator.id,
      name: "Groep Elders",
    });
    expect(
      (
        await request(w.clubAdmin.id, overview.action, {
          path,
          params,
          form: { intent: "cohort", cohortId: ownCohort.id },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await request(w.clubAdmin.id, overview.action, {
          path,
          params,
          form: { intent: "cohort", cohortId: strangerCohort.id },
        })
      ).status,
    ).toBe(400);
    const page = await (await request(w.townAdmin.id, overview.loader, { path, params })).json();
    expect(page.coalition.name).toBe("Samen Sterker");
    expect(
      page.coalition.partners.map((partner: { org: { name: string } }) => partner.org.name),
    ).toContain("Club Elders");
    expect(
      page.coalition.cohorts.map((link: { cohort: { name: string } }) => link.cohort.name),
    ).toEqual(["Groep Hengelo"]);
    expect(JSON.stringify(page)).not.toContain("@voorbeeld.nl");
  });

  it("lets a member leave; they lose access, and another partner's administrator cannot take someone off", async () => {
    const w = await coalitionWorld();
    const path = `/coalities/${w.coalition.id}`;
    const params = { coalitionId: w.coalition.id };
    expect(
      (
        await request(w.welfareAdmin.id, overview.action, {
          path,
          params,
          form: { intent: "remove", userId: w.townAdmin.id },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await request(w.townAdmin.id, overview.action, {
          path,
          params,
          form: { intent: "remove", userId: w.townAdmin.id },
        })
      ).status,
    ).toBe(200);
    // Still an administrator of a partner: may look, but no longer place notes.
    expect((await request(w.townAdmin.id, overview.loader, { path, params })).status).toBe(200);
    await db.timelineBoard.create({
      data: {
        coalitionId: w.coalition.id,
        periodStart: new Date("2026-01-01"),
        periodEnd: new Date("2026-12-31"),
      },
    });
    expect(
      (
        await request(w.townAdmin.id, timeline.action, {
          path: `${path}/tijdlijn`,
          params,
          form: {
            intent: "note",
            target: "datum",
            date: "2026-03-01",
            kind: "POSITIEF",
            text: "Hallo",
          },
        })
      ).status,
    ).toBe(403);
  });
});
