import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { getEvaluationStatus } from "~/modules/evaluation/manage-evaluation.server";
import { loader as reportLoader } from "~/routes/groepen_.$cohortId_.evaluatie_.rapport";
import { loader as exportLoader } from "~/routes/groepen_.$cohortId_.evaluatie_.export";
import { loader as adminLoader } from "~/routes/beheer_.evaluatie";
import { loader as adminTextsLoader } from "~/routes/beheer_.evaluatie_.teksten";
import { loader as compareLoader } from "~/routes/groepen_.$cohortId_.evaluatie_.vergelijken";
import { seedEvaluation } from "../../prisma/seed/evaluation";
import { getCohortReport } from "~/modules/evaluation/report.server";
import { make, get, cohortWithResponses } from "./evaluation-report-helpers";

// The compare page, access, the demo seed and the admin's free texts. What the
// reports and exports reveal: evaluation-report.test.ts.

describe("evaluation reports", () => {
  it("the compare page never shows a pair that differs by 1-4 answers, and refuses one", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const mine = await make.cohort({ facilitatorId: facilitator.id });
    await seedEvaluation(db, { cohortId: mine.id });
    const params = { cohortId: mine.id };
    const before = await (
      await get(compareLoader, `/groepen/${mine.id}/evaluatie/vergelijken`, facilitator.id, params)
    ).json();
    // Another facilitator's cohort with one respondent: in "alle groepen samen" they would be the difference.
    await cohortWithResponses(["sport"], () => [
      ["B1", "nee"],
      ["E2", "nee"],
      ["C1", "1"],
    ]);
    const page = await (
      await get(compareLoader, `/groepen/${mine.id}/evaluatie/vergelijken`, facilitator.id, params)
    ).json();
    const differences = page.refused
      ? []
      : page.rows
          .filter((row: { a: unknown; b: unknown }) => row.a && row.b)
          .map(
            (row: { a: { answered: number }; b: { answered: number } }) =>
              row.b.answered - row.a.answered,
          );
    // Old code: every difference was 1 (13 - 12), which gave the other cohort's answers away.
    expect(differences.every((difference: number) => difference === 0 || difference >= 5)).toBe(
      true,
    );
    // The one new answer changed nothing in "alle groepen samen": before and after differ by 0.
    expect(page.rows).toEqual(before.rows);
    // The manage page of the one-respondent cohort says "minder dan 5", not "1 van de 1".
    const status = await getEvaluationStatus({
      cohortId: (
        await db.cohort.findFirstOrThrow({
          where: {
            id: { not: mine.id },
            evaluationOpenedAt: { not: null },
            responses: { some: {} },
          },
          orderBy: { createdAt: "desc" },
        })
      ).id,
    });
    expect(status?.submitted).toBeNull();
  });

  it("shows 'te weinig antwoorden' for a whole cohort under 5, also in the raw export", async () => {
    const { cohort, facilitator } = await cohortWithResponses([
      "sport",
      "zorg",
      "welzijn",
      "sport",
    ]);
    const page = await (
      await get(reportLoader, `/groepen/${cohort.id}/evaluatie/rapport`, facilitator.id, {
        cohortId: cohort.id,
      })
    ).json();
    expect(page.report.tooFew).toBe(true);
    expect(
      page.report.items.every((item: { groups: { stats: unknown }[] }) =>
        item.groups.every((group) => group.stats === null),
      ),
    ).toBe(true);
    const raw = await (
      await get(
        exportLoader,
        `/groepen/${cohort.id}/evaluatie/export?soort=antwoorden`,
        facilitator.id,
        { cohortId: cohort.id },
      )
    ).text();
    expect(raw).toContain("te weinig antwoorden");
    expect(raw).not.toContain("zorg");
  });

  it("lets only the cohort's staff read the report and the export", async () => {
    const { cohort, participants } = await cohortWithResponses([
      "sport",
      "zorg",
      "welzijn",
      "sport",
      "zorg",
    ]);
    const otherFacilitator = await make.user({ role: "FACILITATOR" });
    await make.cohort({ facilitatorId: otherFacilitator.id });
    const admin = await make.user({ role: "ADMIN" });
    const params = { cohortId: cohort.id };
    expect(
      (
        await get(
          reportLoader,
          `/groepen/${cohort.id}/evaluatie/rapport`,
          participants[0].id,
          params,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await get(
          reportLoader,
          `/groepen/${cohort.id}/evaluatie/rapport`,
          otherFacilitator.id,
          params,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await get(
          exportLoader,
          `/groepen/${cohort.id}/evaluatie/export?soort=antwoorden`,
          participants[0].id,
          params,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await get(
          exportLoader,
          `/groepen/${cohort.id}/evaluatie/export?soort=antwoorden`,
          otherFacilitator.id,
          params,
        )
      ).status,
    ).toBe(403);
    expect((await get(adminLoader, "/beheer/evaluatie", otherFacilitator.id)).status).toBe(403);
    expect(
      (await get(reportLoader, `/groepen/${cohort.id}/evaluatie/rapport`, admin.id, params)).status,
    ).toBe(200);
    const adminPage = await (await get(adminLoader, "/beheer/evaluatie", admin.id)).json();
    expect(adminPage.report.respondents).toBeGreaterThanOrEqual(5);
  });

  it("compares only with the facilitator's own cohorts or the average of all", async () => {
    const mine = await cohortWithResponses(["sport", "zorg", "welzijn", "sport", "zorg"]);
    const second = await make.cohort({ facilitatorId: mine.facilitator.id });
    const foreign = await cohortWithResponses(["sport", "sport", "sport", "sport", "sport"]);
    const params = { cohortId: mine.cohort.id };
    const refused = await get(
      compareLoader,
      `/groepen/${mine.cohort.id}/evaluatie/vergelijken?met=${foreign.cohort.id}`,
      mine.facilitator.id,
      params,
    );
    expect(refused.status).toBe(403);
    const withSecond = await (
      await get(
        compareLoader,
        `/groepen/${mine.cohort.id}/evaluatie/vergelijken?met=${second.id}`,
        mine.facilitator.id,
        params,
      )
    ).json();
    const c1 = withSecond.rows.find((row: { item: { id: string } }) => row.item.id === "C1");
    expect(c1.a).toMatchObject({ answered: 5 });
    expect(c1.b).toBeNull(); // the second cohort has no responses yet
    const withAll = await (
      await get(
        compareLoader,
        `/groepen/${mine.cohort.id}/evaluatie/vergelijken`,
        mine.facilitator.id,
        params,
      )
    ).json();
    const allC1 = withAll.rows.find((row: { item: { id: string } }) => row.item.id === "C1");
    expect(allC1.b.answered).toBeGreaterThanOrEqual(10);
    const e2 = withAll.rows.find((row: { item: { id: string } }) => row.item.id === "E2");
    expect(e2).toMatchObject({ kind: "yesShare", a: { value: 100 } });
  });

  it("the demo seed gives the demo cohort a report with a sector split", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const cohort = await make.cohort({ facilitatorId: facilitator.id });
    await seedEvaluation(db, { cohortId: cohort.id });
    await seedEvaluation(db, { cohortId: cohort.id }); // runs once
    const { report } = await getCohortReport({ cohortId: cohort.id });
    expect(report.respondents).toBe(12);
    const c1 = report.items.find((item) => item.item.id === "C1")!;
    // 6 sport, 5 zorg/welzijn, 1 anders: "anders" is hidden, and so is "zorg en welzijn", or Iedereen minus the two shown would be that one person.
    expect(c1.groups.map((group) => [group.group, group.tooFew])).toEqual([
      ["all", false],
      ["sport", false],
      ["zorg-welzijn", true],
      ["anders", true],
    ]);
    expect(report.items.find((item) => item.item.id === "E3")!.texts.length).toBeGreaterThan(2);
  });

  it("the admin report shows 20 free texts of an item and links to a page with all released ones", async () => {
    const admin = await make.user({ role: "ADMIN" });
    const { cohort } = await cohortWithResponses(
      Array.from({ length: 27 }, (_, index) => (index % 2 ? "sport" : "zorg")),
      (index) => [["E3", `Vrije tekst nummer ${index}`]],
    );
    const place = `Teksten ${Math.random().toString(36).slice(2, 8)}`;
    await db.cohort.update({ where: { id: cohort.id }, data: { place } });
    const query = `plaats=${encodeURIComponent(place)}`;
    const page = await (await get(adminLoader, `/beheer/evaluatie?${query}`, admin.id)).json();
    const e3 = page.report.items.find((item: { item: { id: string } }) => item.item.id === "E3");
    // 27 sent, 25 released in batches of 5: the last 2 count nowhere, their texts neither.
    expect(page.report.respondents).toBe(25);
    expect(e3.texts).toHaveLength(20);
    expect(e3.textCount).toBe(25);
    const texts = await (
      await get(adminTextsLoader, `/beheer/evaluatie/teksten?${query}&vraag=E3`, admin.id)
    ).json();
    expect(texts.result).toMatchObject({ refused: false, count: 25, page: 1, pages: 1 });
    expect(new Set(texts.result.texts).size).toBe(25);
    expect(texts.result.texts).toEqual(expect.arrayContaining(e3.texts));
    expect(new URLSearchParams(texts.filterQuery).get("plaats")).toBe(place);
    // A second page is empty and says so; an item without free text is not found.
    const second = await (
      await get(adminTextsLoader, `/beheer/evaluatie/teksten?${query}&vraag=E3&pagina=2`, admin.id)
    ).json();
    expect(second.result.texts).toEqual([]);
    const choice = await get(adminTextsLoader, `/beheer/evaluatie/teksten?vraag=E2`, admin.id);
    expect(choice.status).toBe(404);
  });
});
