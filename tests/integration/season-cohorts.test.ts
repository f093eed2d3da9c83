import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as settingsRoute from "~/routes/groepen.$cohortId.instellingen";
import * as cohortRoute from "~/routes/groepen.$cohortId._index";
import { factories } from "../factories";
import { request } from "./cohorts-helpers";

const make = factories(db);

async function setup() {
  const facilitator = await make.user({ role: "FACILITATOR", name: "Fenna Begeleider" });
  const colleague = await make.user({ role: "FACILITATOR", name: "Kees Collega" });
  const done = await make.user({ name: "Dewi Klaar" });
  const almost = await make.user({ name: "Ahmed Bijna" });
  const certified = await make.user({ name: "Cor Gecertificeerd" });
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: [done.id, almost.id, certified.id],
    minEvenings: 0,
  });
  return { facilitator, colleague, done, almost, certified, cohort };
}

const settingsForm = (overrides: Record<string, string> = {}) => ({
  intent: "settings",
  name: "Sportcoach Hengelo voorjaar",
  place: "Hengelo",
  startsOn: "2026-09-01",
  endsOn: "2026-12-15",
  capacity: "12",
  minEvenings: "0",
  requireEvaluation: "on",
  ...overrides,
});

const post = (userId: string, cohortId: string, form: Record<string, string>) =>
  request(userId, settingsRoute.action, {
    path: `/groepen/${cohortId}/instellingen`,
    params: { cohortId },
    form,
  });

describe("cohort settings after creation", () => {
  it("lets the facilitator change every setting, refuses a participant and a capacity below the group", async () => {
    const { facilitator, done, cohort } = await setup();
    const org = await make.organisation({ name: "Welzijn Hengelo", type: "WELZIJNSORGANISATIE" });
    expect((await post(done.id, cohort.id, settingsForm())).status).toBe(403);
    const response = await post(facilitator.id, cohort.id, { ...settingsForm(), orgIds: org.id });
    expect(response.status).toBe(302);
    const saved = await db.cohort.findUniqueOrThrow({
      where: { id: cohort.id },
      include: { organisations: true },
    });
    expect(saved).toMatchObject({
      name: "Sportcoach Hengelo voorjaar",
      place: "Hengelo",
      capacity: 12,
    });
    expect(saved.organisations.map((row) => row.orgId)).toEqual([org.id]);

    const tooSmall = await post(facilitator.id, cohort.id, settingsForm({ capacity: "2" }));
    expect(tooSmall.status).toBe(400);
    expect((await tooSmall.json()).errors.capacity).toBe("season.errors.capacityBelowParticipants");
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).capacity).toBe(12);
  });

  it("re-evaluates completion when a rule changes: issues what is now due, never revokes silently", async () => {
    const { facilitator, done, certified, cohort } = await setup();
    await db.cohort.update({ where: { id: cohort.id }, data: { minEvenings: 3 } });
    // Both did everything with one evening attended; only one already has a certificate (issued by hand).
    await make.courseCompletion({
      cohortId: cohort.id,
      userId: done.id,
      recordedById: facilitator.id,
    });
    await make.courseCompletion({
      cohortId: cohort.id,
      userId: certified.id,
      recordedById: facilitator.id,
    });
    await db.certificate.create({
      data: {
        code: "c".repeat(26),
        userId: certified.id,
        cohortId: cohort.id,
        nameOnCertificate: certified.name,
        courseTitle: "Cursus",
        studyMinutes: 60,
        completedOn: new Date("2026-11-01"),
        manualReason: "Ziek geweest",
        issuedById: facilitator.id,
      },
    });
    expect(await db.certificate.count({ where: { userId: done.id } })).toBe(0);

    const lowered = await post(facilitator.id, cohort.id, settingsForm({ minEvenings: "1" }));
    expect(lowered.headers.get("Location")).toContain("uitgereikt=1");
    expect(
      await db.certificate.count({
        where: { userId: done.id, cohortId: cohort.id, revokedAt: null },
      }),
    ).toBe(1);
    expect(await db.outboxMail.count({ where: { to: done.email } })).toBe(1);

    const raised = await post(facilitator.id, cohort.id, settingsForm({ minEvenings: "4" }));
    expect(raised.headers.get("Location")).toContain("nietmeer=2");
    expect(await db.certificate.count({ where: { cohortId: cohort.id, revokedAt: null } })).toBe(2);
  });

  it("adds and removes a co-facilitator, who then can and cannot open the settings", async () => {
    const { facilitator, colleague, done, cohort } = await setup();
    const load = (userId: string) =>
      request(userId, settingsRoute.loader, {
        path: `/groepen/${cohort.id}/instellingen`,
        params: { cohortId: cohort.id },
      });
    expect((await load(colleague.id)).status).toBe(403);
    const notFacilitator = await post(facilitator.id, cohort.id, {
      intent: "add-co",
      email: done.email,
    });
    expect((await notFacilitator.json()).errors.email).toBe("cohorts.errors.coFacilitatorUnknown");
    expect(
      (await post(facilitator.id, cohort.id, { intent: "add-co", email: colleague.email })).status,
    ).toBe(302);
    expect((await load(colleague.id)).status).toBe(200);
    // The facilitator who created the cohort cannot be removed this way.
    expect(
      (await post(colleague.id, cohort.id, { intent: "remove-co", userId: facilitator.id })).status,
    ).toBe(400);
    expect(
      (await post(facilitator.id, cohort.id, { intent: "remove-co", userId: colleague.id })).status,
    ).toBe(302);
    expect((await load(colleague.id)).status).toBe(403);
  });

  it("removes a participant and tells them by mail; their work stays", async () => {
    const { facilitator, almost, cohort } = await setup();
    await db.lessonProgress.create({
      data: { userId: almost.id, cohortId: cohort.id, moduleKey: "kern/x", lessonSlug: "y" },
    });
    const response = await request(facilitator.id, cohortRoute.action, {
      path: `/groepen/${cohort.id}`,
      params: { cohortId: cohort.id },
      form: { intent: "remove", userId: almost.id },
    });
    expect(response.status).toBe(200);
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: almost.email } });
    expect(mail.subject).toContain("Je doet niet meer mee");
    expect(mail.text).toContain("/mijn-overzicht");
    expect(await db.lessonProgress.count({ where: { userId: almost.id } })).toBe(1);
  });

  it("moves a participant to another cohort of the same course run that the mover also runs, with their progress", async () => {
    const { facilitator, colleague, almost, cohort } = await setup();
    const other = await make.cohort({ facilitatorId: facilitator.id, name: "Groep Almelo" });
    const foreign = await make.cohort({ facilitatorId: colleague.id, name: "Groep van een ander" });
    await db.lessonProgress.create({
      data: { userId: almost.id, cohortId: cohort.id, moduleKey: "kern/x", lessonSlug: "y" },
    });
    const refused = await post(facilitator.id, cohort.id, {
      intent: "move",
      userId: almost.id,
      targetCohortId: foreign.id,
    });
    expect((await refused.json()).errors.targetCohortId).toBe("season.errors.targetRequired");
    expect(
      await db.cohortMember.count({ where: { cohortId: foreign.id, userId: almost.id } }),
    ).toBe(0);

    expect(
      (
        await post(facilitator.id, cohort.id, {
          intent: "move",
          userId: almost.id,
          targetCohortId: other.id,
        })
      ).status,
    ).toBe(302);
    expect(
      await db.cohortMember.findUniqueOrThrow({
        where: { cohortId_userId: { cohortId: cohort.id, userId: almost.id } },
      }),
    ).toMatchObject({ removedAt: expect.any(Date) });
    expect(
      await db.cohortMember.findUniqueOrThrow({
        where: { cohortId_userId: { cohortId: other.id, userId: almost.id } },
      }),
    ).toMatchObject({ removedAt: null, role: "PARTICIPANT" });
    expect(
      await db.lessonProgress.count({ where: { userId: almost.id, cohortId: other.id } }),
    ).toBe(1);
    expect(
      (await db.outboxMail.findFirstOrThrow({ where: { to: almost.email } })).subject,
    ).toContain("Groep Almelo");
  });

  it("archives only a finished cohort, which is then read-only until restored", async () => {
    const { facilitator, cohort } = await setup();
    await db.cohort.update({
      where: { id: cohort.id },
      data: { endsOn: new Date(Date.now() + 7 * 86_400_000) },
    });
    expect((await post(facilitator.id, cohort.id, { intent: "archive" })).status).toBe(400);
    await db.cohort.update({ where: { id: cohort.id }, data: { endsOn: new Date("2026-01-31") } });
    expect((await post(facilitator.id, cohort.id, { intent: "archive" })).status).toBe(302);
    const blocked = await post(
      facilitator.id,
      cohort.id,
      settingsForm({ startsOn: "2025-09-01", endsOn: "2026-01-31", name: "Andere naam" }),
    );
    expect(blocked.status).toBe(409);
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).name).not.toBe(
      "Andere naam",
    );
    expect((await post(facilitator.id, cohort.id, { intent: "restore" })).status).toBe(302);
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).archivedAt).toBeNull();
  });
});
