import { describe, expect, it } from "vitest";
import * as cohortPage from "~/routes/groepen.$cohortId._index";
import * as announcements from "~/routes/groepen.$cohortId.berichten";
import { sendVogReminders } from "~/modules/clubs/vog-reminders.server";
import { sendAnnouncementMail } from "~/modules/cohorts/announcements.server";
import { db } from "~/utils/db.server";
import { factories } from "../factories";
import { call, twoCohorts } from "./forum-helpers";

const make = factories(db);

describe("announcements to a cohort", () => {
  it("go to one sector, in each recipient's language with a plain-text body, and show on the cohort page for that sector only", async () => {
    const { a } = await twoCohorts();
    const english = await make.user({ name: "Emma English", domain: "SPORT" });
    await db.user.update({ where: { id: english.id }, data: { locale: "en" } });
    await db.cohortMember.create({ data: { cohortId: a.id, userId: english.id } });
    const path = `/groepen/${a.id}/berichten`;

    const refused = await call(a.facilitator.id, announcements.action, {
      path,
      params: { cohortId: a.id },
      form: { title: "", body: "" },
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      errors: {
        title: "notify.announcement.titleRequired",
        body: "notify.announcement.bodyRequired",
      },
    });
    expect(
      (
        await call(a.sport.id, announcements.action, {
          path,
          params: { cohortId: a.id },
          form: { title: "Hallo", body: "Tekst" },
        })
      ).status,
    ).toBe(403);

    const sent = await call(a.facilitator.id, announcements.action, {
      path,
      params: { cohortId: a.id },
      form: { title: "Trainingsveld dicht", body: "Donderdag oefenen we binnen.", sector: "SPORT" },
    });
    expect(sent.status).toBe(302);
    const created = await db.announcement.findFirstOrThrow({ where: { cohortId: a.id } });
    expect(await sendAnnouncementMail({ announcementId: created.id })).toBe(2);
    expect(await sendAnnouncementMail({ announcementId: created.id })).toBe(0);

    const [dutch] = await db.outboxMail.findMany({ where: { to: a.sport.email } });
    expect(dutch.subject).toContain("Trainingsveld dicht");
    expect(dutch.text).toContain("stuurt een bericht aan de groep");
    expect(dutch.text).toContain("Donderdag oefenen we binnen.");
    const [inEnglish] = await db.outboxMail.findMany({ where: { to: english.email } });
    expect(inEnglish.text).toContain("sends a message to the group");
    expect(inEnglish.text).toContain("Unsubscribe from these e-mails");
    expect(await db.outboxMail.count({ where: { to: a.welfare.email } })).toBe(0);

    const seen = async (userId: string) =>
      JSON.stringify(
        await (
          await call(userId, cohortPage.loader, {
            path: `/groepen/${a.id}`,
            params: { cohortId: a.id },
          })
        ).json(),
      );
    expect(await seen(a.sport.id)).toContain("Trainingsveld dicht");
    expect(await seen(a.facilitator.id)).toContain("Trainingsveld dicht");
    expect(await seen(a.welfare.id)).not.toContain("Trainingsveld dicht");
  });
});

describe("monthly VOG reminders", () => {
  it("list due and expired VOGs to the club admin and remind each volunteer, once a month", async () => {
    const club = await make.organisation({ name: "VV De Kuil" });
    const admin = await make.user({ name: "Anja Admin" });
    const due = await make.user({ name: "Dirk Bijnaverlopen" });
    const expired = await make.user({ name: "Els Verlopen" });
    const fine = await make.user({ name: "Frank Geldig" });
    await make.membership({ userId: admin.id, orgId: club.id, role: "ADMIN" });
    const now = new Date("2026-12-01T08:00:00Z");
    const seen = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
    await db.orgMembership.create({
      data: { userId: due.id, orgId: club.id, status: "ACTIVE", vogSeenOn: seen("2024-01-10") },
    });
    await db.orgMembership.create({
      data: { userId: expired.id, orgId: club.id, status: "ACTIVE", vogSeenOn: seen("2023-06-01") },
    });
    await db.orgMembership.create({
      data: { userId: fine.id, orgId: club.id, status: "ACTIVE", vogSeenOn: seen("2025-05-01") },
    });

    expect(await sendVogReminders({ now })).toBe(3);
    expect(await sendVogReminders({ now: new Date("2026-12-15T08:00:00Z") })).toBe(0);
    const [list] = await db.outboxMail.findMany({ where: { to: admin.email } });
    expect(list.text).toContain("Dirk Bijnaverlopen: vernieuwen vóór 10 januari 2027");
    expect(list.text).toContain("Els Verlopen: verlopen op 1 juni 2026");
    expect(list.text).not.toContain("Frank Geldig");
    expect(await db.outboxMail.count({ where: { to: due.email } })).toBe(1);
    expect(await db.outboxMail.count({ where: { to: expired.email } })).toBe(1);
    expect(await db.outboxMail.count({ where: { to: fine.email } })).toBe(0);
    // Next month, the reminders come again.
    expect(await sendVogReminders({ now: new Date("2027-01-01T08:00:00Z") })).toBe(3);
  });
});
