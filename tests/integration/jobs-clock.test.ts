import { TestClock } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as manage from "~/routes/groepen_.$cohortId_.evaluatie_.beheer";
import * as thread from "~/routes/groepen_.$cohortId_.casussen.$caseId";
import { amsterdamToUtc } from "~/modules/cohorts/local-time";
import { setJobClock } from "~/modules/jobs/clock.server";
import { JOB_HANDLERS } from "~/flows/job-handlers.server";
import { startJobWorkers, stopBoss } from "~/modules/jobs/queue.server";
import { db } from "~/utils/db.server";
import { factories } from "../factories";
import { call, makeCase, twoCohorts } from "./forum-helpers";

// pg-boss's own TestClock drives the queue: its polls, its cron and the
// database's job_now() move only when the test says so. Nothing here sleeps
// for the scheduled time; a mail that is due appears within a few polls.
const clock = new TestClock("2026-12-01T09:00:00Z"); // Tuesday 1 December, 10:00 in Amsterdam
const make = factories(db);
const mailsTo = (email: string) =>
  db.outboxMail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });

/** Advances the queue clock to `at` and lets the workers poll a few times. */
async function advanceTo(at: Date) {
  await clock.setTime(new Date(at.getTime() - 3_000));
  await clock.tick(3_000);
  for (let step = 0; step < 6; step++) await clock.tick(1_000);
}

beforeAll(async () => {
  setJobClock(clock);
  await startJobWorkers(JOB_HANDLERS, { pollingIntervalSeconds: 1 });
});
afterAll(async () => {
  await stopBoss({ graceful: false });
  setJobClock(undefined);
});

describe("scheduled work on the queue's clock", () => {
  it("a reply at 10:00 is mailed at 10:15 without any other request, to the author and everyone who replied", async () => {
    const { a } = await twoCohorts();
    const third = await make.user({ name: "Derde Deelnemer" });
    await db.cohortMember.create({ data: { cohortId: a.id, userId: third.id } });
    const posted = await makeCase({
      cohortId: a.id,
      authorId: a.sport.id,
      title: "Een stille speler",
    });
    const reply = (userId: string, body: string) =>
      call(userId, thread.action, {
        path: `/groepen/${a.id}/casussen/${posted.id}`,
        params: { cohortId: a.id, caseId: posted.id },
        form: { intent: "reply", body },
      });

    expect((await reply(a.welfare.id, "Vraag hem wat hij leuk vindt.")).status).toBe(302); // 10:00
    await advanceTo(new Date("2026-12-01T09:14:00Z"));
    expect((await reply(third.id, "Geef hem een vaste taak.")).status).toBe(302); // 10:14, same batch for the author
    await advanceTo(new Date("2026-12-01T09:14:50Z"));
    expect(await mailsTo(a.sport.email)).toHaveLength(0);

    await advanceTo(new Date("2026-12-01T09:15:00Z"));
    await vi.waitFor(async () => expect(await mailsTo(a.sport.email)).toHaveLength(1), {
      timeout: 5_000,
    });
    const [mail] = await mailsTo(a.sport.email);
    expect(mail.text).toContain("Een stille speler: 2 nieuwe reacties");
    expect(mail.text).toMatch(/\/afmelden\/\S+/);
    expect(mail.text).toContain("/account/meldingen");
    expect(mail.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    // The first replier follows the case: the 10:14 reply reaches them at 10:29, not before.
    expect(await mailsTo(a.welfare.email)).toHaveLength(0);
    await advanceTo(new Date("2026-12-01T09:29:00Z"));
    await vi.waitFor(async () => expect(await mailsTo(a.welfare.email)).toHaveLength(1), {
      timeout: 5_000,
    });
    // Nothing is mailed twice, and the one who wrote the reply hears nothing of it.
    await advanceTo(new Date("2026-12-01T10:30:00Z"));
    expect(await mailsTo(a.sport.email)).toHaveLength(1);
    expect(await mailsTo(third.email)).toHaveLength(0);
  });

  it("the evening reminder goes out at 18:00 the day before, not to those who sent an apology", async () => {
    const { a } = await twoCohorts();
    const evening = await db.evening.create({
      data: {
        cohortId: a.id,
        startsAt: amsterdamToUtc("2026-12-03", "19:30"),
        endsAt: amsterdamToUtc("2026-12-03", "21:30"),
        place: "Sporthal De Kuil, Enschede",
        topic: "Samenwerken met de wijk",
        prepareModules: ["Het reilen en zeilen van een club"],
      },
    });
    // The welfare participant sent an apology (the "afmelden" page of the evening).
    await db.eveningApology.create({
      data: { eveningId: evening.id, userId: a.welfare.id, reason: "Verjaardag" },
    });
    // Tuesday 18:00: the evening is on Thursday, so no reminder yet.
    await advanceTo(new Date("2026-12-01T17:01:00Z"));
    expect(await mailsTo(a.sport.email)).toHaveLength(0);
    // Wednesday 18:00 in Amsterdam (17:00 UTC in winter).
    await advanceTo(new Date("2026-12-02T16:59:00Z"));
    expect(await mailsTo(a.sport.email)).toHaveLength(0);
    await advanceTo(new Date("2026-12-02T17:01:00Z"));
    await vi.waitFor(async () => expect(await mailsTo(a.sport.email)).toHaveLength(1), {
      timeout: 5_000,
    });
    const [mail] = await mailsTo(a.sport.email);
    expect(mail.subject).toContain("Morgen");
    expect(mail.text).toContain("Sporthal De Kuil, Enschede");
    expect(mail.text).toContain("19:30");
    expect(mail.text).toContain("Het reilen en zeilen van een club");
    expect(await mailsTo(a.welfare.email)).toHaveLength(0);
    expect(await mailsTo(a.facilitator.email)).toHaveLength(0);
  });

  it("evaluation: all participants hear it opened; after 3 and 7 days only those without a receipt; the facilitator sees counts only", async () => {
    const { a } = await twoCohorts();
    const more = await Promise.all(
      ["Petra Pieters", "Kees Kramer"].map((name) => make.user({ name })),
    );
    await db.cohortMember.createMany({
      data: more.map((user) => ({ cohortId: a.id, userId: user.id })),
    });
    await advanceTo(new Date("2026-12-04T10:00:00Z"));
    const opened = await call(a.facilitator.id, manage.action, {
      path: `/groepen/${a.id}/evaluatie/beheer`,
      params: { cohortId: a.id },
      form: { intent: "open" },
    });
    expect(opened.status).toBe(302);
    await advanceTo(new Date("2026-12-04T10:00:05Z"));
    const everyone = [a.sport, a.welfare, ...more];
    for (const person of everyone)
      await vi.waitFor(async () => expect(await mailsTo(person.email)).toHaveLength(1), {
        timeout: 5_000,
      });

    // Two people answer; the receipt records only that they did.
    await db.evaluationReceipt.createMany({
      data: [a.sport, more[0]].map((person) => ({ cohortId: a.id, userId: person.id })),
    });
    await advanceTo(new Date("2026-12-07T10:00:10Z"));
    for (const person of [a.welfare, more[1]])
      await vi.waitFor(async () => expect(await mailsTo(person.email)).toHaveLength(2), {
        timeout: 5_000,
      });
    expect(await mailsTo(a.sport.email)).toHaveLength(1);
    expect(await mailsTo(more[0].email)).toHaveLength(1);

    await db.evaluationReceipt.create({ data: { cohortId: a.id, userId: a.welfare.id } });
    await advanceTo(new Date("2026-12-11T10:00:10Z"));
    await vi.waitFor(async () => expect(await mailsTo(more[1].email)).toHaveLength(3), {
      timeout: 5_000,
    });
    expect(await mailsTo(a.welfare.email)).toHaveLength(2);

    const page = await (
      await call(a.facilitator.id, manage.loader, {
        path: `/groepen/${a.id}/evaluatie/beheer`,
        params: { cohortId: a.id },
      })
    ).text();
    // Counts only, and under 5 not even the count (decision 008): 3 of 4 answered shows as "minder dan 5".
    expect(page).toContain('"submitted":null');
    expect(page).toContain('"participants":4');
    for (const person of everyone) expect(page).not.toContain(person.name);
  });

  it("someone who chose the daily digest gets all replies in one mail at 18:00, not at 10:15", async () => {
    const { a } = await twoCohorts();
    await db.user.update({ where: { id: a.sport.id }, data: { replyDigest: true } });
    const posted = await makeCase({
      cohortId: a.id,
      authorId: a.sport.id,
      title: "Een digestcasus",
    });
    await advanceTo(new Date("2026-12-14T09:00:00Z"));
    for (const body of ["Eerste idee.", "Tweede idee."]) {
      expect(
        (
          await call(a.welfare.id, thread.action, {
            path: `/groepen/${a.id}/casussen/${posted.id}`,
            params: { cohortId: a.id, caseId: posted.id },
            form: { intent: "reply", body },
          })
        ).status,
      ).toBe(302);
    }
    await advanceTo(new Date("2026-12-14T09:16:00Z"));
    expect(await mailsTo(a.sport.email)).toHaveLength(0);
    await advanceTo(new Date("2026-12-14T16:59:00Z"));
    expect(await mailsTo(a.sport.email)).toHaveLength(0);
    await advanceTo(new Date("2026-12-14T17:01:00Z")); // 18:01 in Amsterdam
    await vi.waitFor(async () => expect(await mailsTo(a.sport.email)).toHaveLength(1), {
      timeout: 5_000,
    });
    expect((await mailsTo(a.sport.email))[0].text).toContain("Een digestcasus: 2 nieuwe reacties");
  });
});
