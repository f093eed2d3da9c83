import { keyFromData } from "~/i18n/translate";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { translator } from "~/i18n/catalogues.server";
import * as invitationPage from "~/routes/uitnodiging.$token";
import * as invite from "~/routes/groepen.$cohortId.uitnodigen";
import { createCohortInvitation } from "~/modules/cohorts/cohort-invitations.server";
import { factories } from "../factories";
import { request, twoCohorts } from "./cohorts-helpers";

const make = factories(db);
const nl = translator("nl");

async function linkFor(
  cohortId: string,
  facilitatorId: string,
  options: { maxUses?: number } = {},
) {
  const response = await request(facilitatorId, invite.action, {
    path: `/groepen/${cohortId}/uitnodigen`,
    params: { cohortId },
    form: {
      intent: "link",
      validDays: "14",
      maxUses: options.maxUses ? String(options.maxUses) : "",
    },
  });
  expect(response.status).toBe(200);
  const { link } = (await response.json()) as { link: string };
  return link.split("/uitnodiging/")[1];
}

const signupForm = (email: string, domain = "SPORT") => ({
  name: "Nieuwe Deelnemer",
  domain,
  volunteerRole: "trainer",
  email,
  password: "een lang wachtwoord",
});

describe("cohort invitations", () => {
  it("refuse an expired link with a Dutch message, for new and for logged-in people", async () => {
    const { a } = await twoCohorts();
    const { token } = await createCohortInvitation({
      cohortId: a.id,
      createdById: a.facilitator.id,
      validDays: 14,
    });
    await db.invitation.updateMany({
      where: { cohortId: a.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const outsider = await make.user({ domain: "ZORG" });
    for (const viewer of [null, outsider.id]) {
      const page = await request(viewer, invitationPage.loader, {
        path: `/uitnodiging/${token}`,
        params: { token },
      });
      expect(page.status).toBe(410);
      const { invitation } = await page.json();
      expect(invitation).toEqual({ state: "expired" });
      expect(nl(keyFromData(`auth.invitationInvalid.${invitation.state}`))).toBe(
        "Deze uitnodigingslink is verlopen. Vraag je cursusbegeleider om een nieuwe link.",
      );
    }
    const join = await request(outsider.id, invitationPage.action, {
      path: `/uitnodiging/${token}`,
      params: { token },
      form: {},
    });
    expect(join.status).toBe(410);
    const body = await join.json();
    expect(nl(body.formError.key)).toContain("Vraag je cursusbegeleider om een nieuwe link");
    const signup = await request(null, invitationPage.action, {
      path: `/uitnodiging/${token}`,
      params: { token },
      form: signupForm("laat@voorbeeld.nl"),
    });
    expect(signup.status).toBe(400);
    expect(await db.user.count({ where: { email: "laat@voorbeeld.nl" } })).toBe(0);
    expect(await db.cohortMember.count({ where: { cohortId: a.id, userId: outsider.id } })).toBe(0);
  });

  it("refuse a revoked link with a Dutch message", async () => {
    const { a } = await twoCohorts();
    const token = await linkFor(a.id, a.facilitator.id);
    const [row] = await db.invitation.findMany({ where: { cohortId: a.id } });
    const revoke = await request(a.facilitator.id, invite.action, {
      path: `/groepen/${a.id}/uitnodigen`,
      params: { cohortId: a.id },
      form: { intent: "revoke", invitationId: row.id },
    });
    expect(revoke.status).toBe(200);
    const page = await request(null, invitationPage.loader, {
      path: `/uitnodiging/${token}`,
      params: { token },
    });
    expect(page.status).toBe(410);
    const { invitation } = await page.json();
    expect(nl(keyFromData(`auth.invitationInvalid.${invitation.state}`))).toBe(
      "Deze uitnodigingslink is ingetrokken. Vraag je cursusbegeleider om een nieuwe link.",
    );
    const outsider = await make.user();
    const join = await request(outsider.id, invitationPage.action, {
      path: `/uitnodiging/${token}`,
      params: { token },
      form: {},
    });
    expect(join.status).toBe(410);
    expect(await db.cohortMember.count({ where: { cohortId: a.id, userId: outsider.id } })).toBe(0);
  });

  it("cannot be revoked by the facilitator of another cohort", async () => {
    const { a, b } = await twoCohorts();
    await linkFor(a.id, a.facilitator.id);
    const [row] = await db.invitation.findMany({ where: { cohortId: a.id } });
    const viaOwn = await request(b.facilitator.id, invite.action, {
      path: `/groepen/${b.id}/uitnodigen`,
      params: { cohortId: b.id },
      form: { intent: "revoke", invitationId: row.id },
    });
    expect(viaOwn.status).toBe(404);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: row.id } })).revokedAt).toBeNull();
  });

  it("let a new person sign up into the cohort, and an existing person join with one POST", async () => {
    const { a } = await twoCohorts();
    const token = await linkFor(a.id, a.facilitator.id, { maxUses: 2 });
    const signup = await request(null, invitationPage.action, {
      path: `/uitnodiging/${token}`,
      params: { token },
      form: signupForm("nieuw-lid@voorbeeld.nl", "WELZIJN"),
    });
    expect(signup.status).toBe(302);
    expect(signup.headers.get("Location")).toBe(`/groepen/${a.id}/welkom`);
    const newcomer = await db.user.findUniqueOrThrow({
      where: { email: "nieuw-lid@voorbeeld.nl" },
    });
    expect(
      await db.cohortMember.findUnique({
        where: { cohortId_userId: { cohortId: a.id, userId: newcomer.id } },
      }),
    ).toMatchObject({ role: "PARTICIPANT", removedAt: null });

    const existing = await make.user({ domain: "ZORG" });
    const page = await request(existing.id, invitationPage.loader, {
      path: `/uitnodiging/${token}`,
      params: { token },
    });
    expect(page.status).toBe(200);
    expect((await page.json()).invitation).toMatchObject({
      state: "valid",
      cohortName: "Groep Enschede",
    });
    const join = await request(existing.id, invitationPage.action, {
      path: `/uitnodiging/${token}`,
      params: { token },
      form: {},
    });
    expect(join.status).toBe(302);
    expect(join.headers.get("Location")).toBe(`/groepen/${a.id}/welkom`);
    expect(
      await db.cohortMember.count({
        where: { cohortId: a.id, userId: existing.id, removedAt: null },
      }),
    ).toBe(1);

    // Two uses: the limit is reached.
    const third = await make.user();
    const late = await request(third.id, invitationPage.loader, {
      path: `/uitnodiging/${token}`,
      params: { token },
    });
    expect((await late.json()).invitation.state).toBe("used");
  });

  it("give the last seat once when two people take it at the same moment (sign-up and join)", async () => {
    const { a } = await twoCohorts();
    await db.cohort.update({ where: { id: a.id }, data: { capacity: 3 } }); // two participants already: one seat left
    const token = await linkFor(a.id, a.facilitator.id, { maxUses: 10 });
    const existing = await make.user({ domain: "ZORG" });
    const [signup, join] = await Promise.all([
      request(null, invitationPage.action, {
        path: `/uitnodiging/${token}`,
        params: { token },
        form: signupForm("laatste-plek@voorbeeld.nl"),
      }),
      request(existing.id, invitationPage.action, {
        path: `/uitnodiging/${token}`,
        params: { token },
        form: {},
      }),
    ]);
    expect(
      await db.cohortMember.count({
        where: { cohortId: a.id, role: "PARTICIPANT", removedAt: null },
      }),
    ).toBe(3);
    const winners = [signup, join].filter((response) => response.status === 302);
    expect(winners).toHaveLength(1);
    const loser = winners[0] === signup ? join : signup;
    expect(loser.status).toBe(loser === signup ? 400 : 410);
    expect(((await loser.json()) as { formError: { key: string } }).formError.key).toBe(
      "cohorts.join.full",
    );
    expect(nl("cohorts.join.full")).toContain("Deze groep is vol");
    // A refused sign-up leaves no account behind.
    if (loser === signup)
      expect(await db.user.count({ where: { email: "laatste-plek@voorbeeld.nl" } })).toBe(0);
  });

  it("do not bring back someone the facilitator removed", async () => {
    const { a } = await twoCohorts();
    await db.cohortMember.update({
      where: { cohortId_userId: { cohortId: a.id, userId: a.sport.id } },
      data: { removedAt: new Date() },
    });
    const token = await linkFor(a.id, a.facilitator.id);
    const join = await request(a.sport.id, invitationPage.action, {
      path: `/uitnodiging/${token}`,
      params: { token },
      form: {},
    });
    expect(join.status).toBe(410);
    expect(nl((await join.json()).formError.key)).toContain("uit deze groep gehaald");
    expect(
      (
        await db.cohortMember.findUniqueOrThrow({
          where: { cohortId_userId: { cohortId: a.id, userId: a.sport.id } },
        })
      ).removedAt,
    ).not.toBeNull();
  });

  it("send a personal invitation by e-mail with a working link", async () => {
    const { a } = await twoCohorts();
    const response = await request(a.facilitator.id, invite.action, {
      path: `/groepen/${a.id}/uitnodigen`,
      params: { cohortId: a.id },
      form: { intent: "email", email: "Gast@Voorbeeld.nl" },
    });
    expect((await response.json()).sentTo).toBe("gast@voorbeeld.nl");
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: "gast@voorbeeld.nl" } });
    expect(mail.subject).toBe("Uitnodiging voor de groep Groep Enschede");
    const token = /\/uitnodiging\/(\w+)/.exec(mail.text)?.[1] ?? "";
    const page = await request(null, invitationPage.loader, {
      path: `/uitnodiging/${token}`,
      params: { token },
    });
    expect((await page.json()).invitation).toMatchObject({ state: "valid", cohortId: a.id });
    expect(
      await db.invitation.findFirst({ where: { cohortId: a.id, email: "gast@voorbeeld.nl" } }),
    ).toMatchObject({ maxUses: 1 });
  });
});
