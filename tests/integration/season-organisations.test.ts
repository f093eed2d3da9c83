import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as platformRoute from "~/routes/beheer_.organisaties.$orgId";
import * as membersRoute from "~/routes/organisaties.$orgId_.leden";
import { factories } from "../factories";
import { request } from "./cohorts-helpers";

const make = factories(db);

const adminPost = (userId: string, orgId: string, form: Record<string, string>) =>
  request(userId, platformRoute.action, {
    path: `/beheer/organisaties/${orgId}`,
    params: { orgId },
    form,
  });
const clubPost = (userId: string, orgId: string, form: Record<string, string>) =>
  request(userId, membersRoute.action, {
    path: `/organisaties/${orgId}/leden`,
    params: { orgId },
    form,
  });

describe("organisations with their own administrators", () => {
  it("the platform admin edits a club and appoints an administrator found by searching their name", async () => {
    const admin = await make.user({ role: "ADMIN" });
    const club = await make.organisation({ name: "HC Twente" });
    const jolien = await make.user({ name: "Jolien Hockeymoeder" });
    await Promise.all(
      Array.from({ length: 5 }, (_, index) => make.user({ name: `Iemand Anders ${index}` })),
    );
    expect(
      (
        await request(jolien.id, platformRoute.loader, {
          path: `/beheer/organisaties/${club.id}`,
          params: { orgId: club.id },
        })
      ).status,
    ).toBe(403);

    const search = await (
      await request(admin.id, platformRoute.loader, {
        path: `/beheer/organisaties/${club.id}?zoek=hockeymoe`,
        params: { orgId: club.id },
      })
    ).json();
    expect(search.found.map((person: { name: string }) => person.name)).toEqual([
      "Jolien Hockeymoeder",
    ]);
    expect(
      (await adminPost(admin.id, club.id, { intent: "appoint", userId: jolien.id })).status,
    ).toBe(302);
    expect(
      await db.orgMembership.findUniqueOrThrow({
        where: { userId_orgId: { userId: jolien.id, orgId: club.id } },
      }),
    ).toMatchObject({ role: "ADMIN", status: "ACTIVE" });

    const invalid = await adminPost(admin.id, club.id, {
      intent: "edit",
      name: "",
      type: "SPORTVERENIGING",
      town: "Hengelo",
    });
    expect((await invalid.json()).errors.name).toBe("admin.orgNameRequired");
    expect(
      (
        await adminPost(admin.id, club.id, {
          intent: "edit",
          name: "HC Twente '72",
          type: "SPORTVERENIGING",
          town: "Hengelo",
          region: "Twente",
        })
      ).status,
    ).toBe(302);
    expect(await db.organisation.findUniqueOrThrow({ where: { id: club.id } })).toMatchObject({
      name: "HC Twente '72",
      town: "Hengelo",
      region: "Twente",
    });
  });

  it("a club administrator appoints a co-administrator, removes a member, sees cohorts and enrolment; the last admin cannot step down", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const club = await make.organisation({ name: "SV Buitenveld" });
    const other = await make.organisation({ name: "Andere club" });
    const jolien = await make.user({ name: "Jolien Beheer" });
    const piet = await make.user({ name: "Piet Penningmeester" });
    const kim = await make.user({ name: "Kim Trainer" });
    const outsider = await make.user({ name: "Buiten Staander" });
    await make.membership({ userId: jolien.id, orgId: club.id, role: "ADMIN" });
    await make.membership({ userId: piet.id, orgId: club.id });
    await make.membership({ userId: kim.id, orgId: club.id });
    await make.membership({ userId: outsider.id, orgId: other.id });
    await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [kim.id],
      orgIds: [club.id],
      name: "Sportcoach Buitenveld",
    });

    expect((await clubPost(piet.id, club.id, { intent: "remove", userId: kim.id })).status).toBe(
      403,
    );
    // Last admin: cannot step down or leave.
    expect(
      (
        await (
          await clubPost(jolien.id, club.id, { intent: "remove-admin", userId: jolien.id })
        ).json()
      ).errors.userId,
    ).toBe("season.errors.lastAdmin");
    expect(
      (await clubPost(jolien.id, club.id, { intent: "remove", userId: jolien.id })).status,
    ).toBe(400);
    // Someone of another club cannot be appointed here.
    expect(
      (await clubPost(jolien.id, club.id, { intent: "appoint", userId: outsider.id })).status,
    ).toBe(400);
    expect(await db.orgMembership.count({ where: { orgId: club.id, userId: outsider.id } })).toBe(
      0,
    );

    expect(
      (await clubPost(jolien.id, club.id, { intent: "appoint", userId: piet.id })).status,
    ).toBe(302);
    expect(
      (await clubPost(piet.id, club.id, { intent: "remove-admin", userId: jolien.id })).status,
    ).toBe(302);
    expect(
      await db.orgMembership.findUniqueOrThrow({
        where: { userId_orgId: { userId: jolien.id, orgId: club.id } },
      }),
    ).toMatchObject({ role: "MEMBER" });

    const page = await (
      await request(piet.id, membersRoute.loader, {
        path: `/organisaties/${club.id}/leden`,
        params: { orgId: club.id },
      })
    ).json();
    expect(page.org.cohorts).toMatchObject([
      { name: "Sportcoach Buitenveld", enrolled: ["Kim Trainer"] },
    ]);

    expect((await clubPost(piet.id, club.id, { intent: "remove", userId: kim.id })).status).toBe(
      302,
    );
    expect(await db.orgMembership.count({ where: { orgId: club.id, userId: kim.id } })).toBe(0);
    // Their account and cohort place stay.
    expect(await db.cohortMember.count({ where: { userId: kim.id, removedAt: null } })).toBe(1);
  });
});
