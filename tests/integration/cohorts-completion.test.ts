import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { getCompletion } from "~/modules/cohorts/completion.server";
import * as dashboardCsv from "~/routes/groepen.$cohortId.overzicht[.csv]";
import * as dashboard from "~/routes/groepen.$cohortId.overzicht";
import * as cohortPage from "~/routes/groepen.$cohortId._index";
import * as cohortList from "~/routes/groepen._index";
import * as ics from "~/routes/groepen.$cohortId.bijeenkomsten.$eveningId.agenda[.ics]";
import { seedCohorts } from "../../prisma/seed/cohorts";
import { factories } from "../factories";
import { request, twoCohorts } from "./cohorts-helpers";

const make = factories(db);

describe("getCompletion", () => {
  it("lists missing modules by title, evenings and the evaluation, and is complete once all is done", async () => {
    const { a } = await twoCohorts();
    await db.cohort.update({ where: { id: a.id }, data: { minEvenings: 1 } });
    const { files } = await make.coreVersion();
    const before = await getCompletion({ cohortId: a.id, userId: a.sport.id });
    expect(before?.complete).toBe(false);
    expect(before?.missingModuleTitles).toEqual(files.core.map((module) => module.title));
    expect(before?.missing).toMatchObject({ evenings: 1, evaluation: true });

    const all = files.core.flatMap((module) =>
      module.lessons.map((lesson) => ({
        userId: a.sport.id,
        cohortId: a.id,
        moduleKey: module.key,
        lessonSlug: lesson.slug,
      })),
    );
    // Progress in another cohort and in unknown lessons does not count.
    await db.lessonProgress.createMany({
      data: [
        ...all.slice(1),
        {
          userId: a.sport.id,
          cohortId: a.id,
          moduleKey: files.core[0].key,
          lessonSlug: "bestaat-niet",
        },
      ],
    });
    const almost = await getCompletion({ cohortId: a.id, userId: a.sport.id });
    expect(almost?.missingModuleTitles).toEqual([files.core[0].title]);

    await db.lessonProgress.create({ data: all[0] });
    await db.attendance.create({
      data: {
        eveningId: a.evening.id,
        userId: a.sport.id,
        status: "EXCUSED",
        recordedById: a.facilitator.id,
      },
    });
    expect((await getCompletion({ cohortId: a.id, userId: a.sport.id }))?.missing.evenings).toBe(1);
    await db.attendance.update({
      where: { eveningId_userId: { eveningId: a.evening.id, userId: a.sport.id } },
      data: { status: "PRESENT" },
    });
    await db.evaluationReceipt.create({ data: { userId: a.sport.id, cohortId: a.id } });
    expect(await getCompletion({ cohortId: a.id, userId: a.sport.id })).toMatchObject({
      complete: true,
      missingModuleTitles: [],
    });
  });

  it("honours a cohort without the evaluation rule and with an optional module", async () => {
    const { a } = await twoCohorts();
    const { files } = await make.coreVersion();
    await db.cohort.update({ where: { id: a.id }, data: { requireEvaluation: false } });
    await db.cohortModule.updateMany({
      where: { cohortId: a.id, moduleKey: { not: files.core[0].key } },
      data: { required: false },
    });
    await db.lessonProgress.createMany({
      data: files.core[0].lessons.map((lesson) => ({
        userId: a.sport.id,
        cohortId: a.id,
        moduleKey: files.core[0].key,
        lessonSlug: lesson.slug,
      })),
    });
    expect(await getCompletion({ cohortId: a.id, userId: a.sport.id })).toMatchObject({
      complete: true,
    });
  });
});

describe("the facilitator's overview", () => {
  it("exports CSV with formula-like names neutralised", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const evil = await make.user({ name: '=HYPERLINK("http://evil.example")', domain: "ZORG" });
    const cohort = await make.cohort({ facilitatorId: facilitator.id, participantIds: [evil.id] });
    const response = await request(facilitator.id, dashboardCsv.loader, {
      path: `/groepen/${cohort.id}/overzicht.csv`,
      params: { cohortId: cohort.id },
    });
    expect(response.headers.get("Content-Type")).toContain("text/csv");
    const csv = await response.text();
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")";Zorg;"=""0/`);
    expect(csv).not.toMatch(/(^|\n|;)=HYPERLINK/);
  });

  it("sorts by progress", async () => {
    const { a } = await twoCohorts();
    const { files } = await make.coreVersion();
    await db.lessonProgress.create({
      data: {
        userId: a.welfare.id,
        cohortId: a.id,
        moduleKey: files.core[0].key,
        lessonSlug: files.core[0].lessons[0].slug,
      },
    });
    const byName = await (
      await request(a.facilitator.id, dashboard.loader, {
        path: `/groepen/${a.id}/overzicht?sort=naam`,
        params: { cohortId: a.id },
      })
    ).json();
    expect(byName.rows.map((row: { name: string }) => row.name)).toEqual([
      "Sporter Enschede",
      "Welzijner Enschede",
    ]);
    const byProgress = await (
      await request(a.facilitator.id, dashboard.loader, {
        path: `/groepen/${a.id}/overzicht?sort=voortgang`,
        params: { cohortId: a.id },
      })
    ).json();
    expect(byProgress.rows.map((row: { name: string }) => row.name)).toEqual([
      "Welzijner Enschede",
      "Sporter Enschede",
    ]);
    expect(byProgress.rows[0].done[files.core[0].key]).toBe(1);
  });

  it("serves an evening as text/calendar to a member", async () => {
    const { a } = await twoCohorts();
    const response = await request(a.sport.id, ics.loader, {
      path: `/groepen/${a.id}/bijeenkomsten/${a.evening.id}/agenda.ics`,
      params: { cohortId: a.id, eveningId: a.evening.id },
    });
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    expect(text).toContain("DTSTART:20261001T173000Z");
    expect(text).toContain("SUMMARY:Groep Enschede: Avond in Enschede");
  });
});

describe("demo data", () => {
  it("creates the mixed demo cohort with past and upcoming evenings", async () => {
    const facilitator = await make.user({
      email: "begeleider@demo.buitendelijnen.nl",
      role: "FACILITATOR",
    });
    for (const [local, domain] of [
      ["trainer", "SPORT"],
      ["teamleider", "SPORT"],
      ["stagiair", "SPORT"],
      ["maatje", "WELZIJN"],
      ["zorg", "ZORG"],
    ] as const) {
      await make.user({ email: `${local}@demo.buitendelijnen.nl`, domain });
    }
    await seedCohorts(db);
    await seedCohorts(db); // a second run changes nothing
    const cohort = await db.cohort.findFirstOrThrow({
      where: { name: "Sportcoach Enschede najaar 2026" },
      include: { evenings: true, members: true },
    });
    expect(await db.cohort.count({ where: { name: "Sportcoach Enschede najaar 2026" } })).toBe(1);
    expect(cohort.members.filter((member) => member.role === "PARTICIPANT")).toHaveLength(5);
    expect(cohort.members.find((member) => member.role === "FACILITATOR")?.userId).toBe(
      facilitator.id,
    );
    expect(cohort.evenings.filter((evening) => evening.startsAt < new Date())).toHaveLength(2);
    expect(cohort.evenings.filter((evening) => evening.startsAt > new Date())).toHaveLength(1);
    const trainer = await db.user.findUniqueOrThrow({
      where: { email: "trainer@demo.buitendelijnen.nl" },
    });
    const completion = await getCompletion({ cohortId: cohort.id, userId: trainer.id });
    expect(completion?.missing.evenings).toBe(0);
    expect(completion?.missing.modules.length).toBeGreaterThan(0);
    // Its clubs are invented inside a real city: the cohort page and the list say "demo"; a cohort of one's own does not.
    const page = await (
      await request(facilitator.id, cohortPage.loader, {
        path: `/groepen/${cohort.id}`,
        params: { cohortId: cohort.id },
      })
    ).json();
    expect(page.cohort.isDemo).toBe(true);
    const own = await make.cohort({ facilitatorId: facilitator.id });
    const list = await (
      await request(facilitator.id, cohortList.loader, { path: "/groepen", params: {} })
    ).json();
    expect(
      list.cohorts.map((row: { id: string; isDemo: boolean }) => [row.id, row.isDemo]).sort(),
    ).toEqual(
      [
        [cohort.id, true],
        [own.id, false],
      ].sort(),
    );
  });
});
