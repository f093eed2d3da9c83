import type { LoaderFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { createSession, sessionCookie } from "~/modules/auth/session.server";
import { getFormItems } from "~/modules/evaluation/form-items.server";
import {
  getEvaluationStatus,
  setEvaluationOpen,
} from "~/modules/evaluation/manage-evaluation.server";
import { readAnswers } from "~/modules/evaluation/read-answers";
import { submitEvaluation } from "~/modules/evaluation/submit-evaluation.server";
import { loader as reportLoader } from "~/routes/groepen_.$cohortId_.evaluatie_.rapport";
import { loader as exportLoader } from "~/routes/groepen_.$cohortId_.evaluatie_.export";
import { loader as adminLoader } from "~/routes/beheer_.evaluatie";
import { loader as adminExportLoader } from "~/routes/beheer_.evaluatie_.export";
import { loader as adminTextsLoader } from "~/routes/beheer_.evaluatie_.teksten";
import { loader as compareLoader } from "~/routes/groepen_.$cohortId_.evaluatie_.vergelijken";
import { factories } from "../factories";
import { seedEvaluation } from "../../prisma/seed/evaluation";
import { getCohortReport } from "~/modules/evaluation/report.server";

const make = factories(db);
const context = { clientIp: "127.0.0.1" };

async function cookieFor(userId: string) {
  const { token } = await createSession(userId);
  return (await sessionCookie.serialize(token)).split(";")[0];
}

async function get(
  load: (args: LoaderFunctionArgs) => Promise<unknown>,
  url: string,
  userId: string,
  params: Record<string, string> = {},
) {
  const request = new Request(`http://localhost${url}`, {
    headers: { Cookie: await cookieFor(userId) },
  });
  try {
    return (await load({ request, params, context })) as Response;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/** A cohort where `sectors.length` participants have submitted; `extra` fields go into every form. */
async function cohortWithResponses(
  sectors: string[],
  extra: (index: number) => [string, string][] = () => [],
) {
  const facilitator = await make.user({ role: "FACILITATOR" });
  const participants = await Promise.all(
    sectors.map((sector) => make.user({ domain: sector === "sport" ? "SPORT" : "WELZIJN" })),
  );
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: participants.map((participant) => participant.id),
  });
  await setEvaluationOpen({ cohortId: cohort.id, open: true });
  const items = await getFormItems({ cohortId: cohort.id });
  for (const [index, participant] of participants.entries()) {
    const form = new FormData();
    for (const [key, value] of [
      ["A1", sectors[index]],
      ["C1", String((index % 10) + 1)],
      ["E2", "ja"],
      ...extra(index),
    ] as [string, string][])
      form.append(key, value);
    const { answers } = readAnswers(form, items, true);
    expect(await submitEvaluation({ userId: participant.id, cohortId: cohort.id, answers })).toBe(
      "submitted",
    );
  }
  return { cohort, facilitator, participants };
}

describe("evaluation reports", () => {
  it("exports CSV with formula-like cells neutralised", async () => {
    const evil = '=HYPERLINK("http://evil.example","klik")';
    const { cohort, facilitator } = await cohortWithResponses(
      ["sport", "sport", "sport", "zorg", "welzijn"],
      (index) =>
        index === 0
          ? [
              ["E3", evil],
              ["B2", "  +31 6 kan niet"],
              ["D1", "@SUM(A1)"],
            ]
          : [["E3", "-1 punt voor de koffie"]],
    );
    const response = await get(
      exportLoader,
      `/groepen/${cohort.id}/evaluatie/export?soort=antwoorden`,
      facilitator.id,
      { cohortId: cohort.id },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("text/csv");
    const csv = await response.text();
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    // No A1/A2/A3 next to the answers; the sector group only where it is shown (here: none is).
    expect(lines[0].split(";").slice(0, 6)).toEqual([
      "versie",
      "sectorgroep",
      "B1",
      "B2",
      "B3",
      "C1",
    ]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
    expect(csv).not.toMatch(/(^|;)"?=HYPERLINK/m);

    expect(csv).toContain("'-1 punt voor de koffie");
    expect(lines.filter(Boolean)).toHaveLength(6);

    const aggregates = await (
      await get(
        exportLoader,
        `/groepen/${cohort.id}/evaluatie/export?soort=overzicht`,
        facilitator.id,
        { cohortId: cohort.id },
      )
    ).text();
    // 3 sport + 2 zorg/welzijn: every sector column is too small, the whole group is not.
    expect(aggregates).toMatch(/C1;[^;]+;Iedereen;5;5;3;3;1;1/);
    expect(aggregates).toMatch(/C1;[^;]+;Sport;te weinig antwoorden;te weinig antwoorden/);
    expect(aggregates).toMatch(/C1;[^;]+;Zorg en welzijn;te weinig antwoorden/);
    expect(aggregates).not.toMatch(/C1;[^;]+;Sport;3/);
  });

  it("the 3/1/1 cohort: exports and pages reveal nothing about the zorg or welzijn respondent", async () => {
    const { cohort, facilitator } = await cohortWithResponses(
      ["sport", "sport", "sport", "zorg", "welzijn"],
      (index) => [
        ["A2", index === 3 ? "maatje" : index === 4 ? "stagiair" : "trainer"],
        ["E3", index === 3 ? "Ik vond het lastig" : `opmerking ${index}`],
      ],
    );
    const params = { cohortId: cohort.id };
    const raw = await (
      await get(
        exportLoader,
        `/groepen/${cohort.id}/evaluatie/export?soort=antwoorden`,
        facilitator.id,
        params,
      )
    ).text();
    const rows = raw
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .filter(Boolean)
      .slice(1);
    expect(rows).toHaveLength(5);
    // Old code: rows carried "zorg;maatje" and "welzijn;stagiair" next to every answer.
    for (const word of ["zorg", "welzijn", "maatje", "stagiair", "Sport"])
      expect(raw).not.toContain(word);
    expect(rows.every((line) => line.split(";")[1] === "niet getoond (groep te klein)")).toBe(true);

    const aggregates = await (
      await get(
        exportLoader,
        `/groepen/${cohort.id}/evaluatie/export?soort=overzicht`,
        facilitator.id,
        params,
      )
    ).text();
    for (const group of ["Sport", "Zorg en welzijn", "Anders"]) {
      for (const line of aggregates
        .split("\r\n")
        .filter((candidate) => candidate.split(";")[2] === group))
        expect(line).toMatch(/;te weinig antwoorden;te weinig antwoorden;/);
    }
    expect(aggregates).toMatch(/A1;[^;]+;Iedereen;5;5;;;Zorg;minder dan 5/);
    expect(aggregates).toMatch(/A2;[^;]+;Iedereen;5;5;;;Maatje;minder dan 5/);

    const page = await (
      await get(reportLoader, `/groepen/${cohort.id}/evaluatie/rapport`, facilitator.id, params)
    ).json();
    expect(page.report.bySector).toEqual({
      all: 5,
      sport: null,
      "zorg-welzijn": null,
      anders: null,
    });
    for (const item of page.report.items)
      expect(
        item.groups
          .slice(1)
          .every(
            (group: { stats: unknown; respondents: unknown }) =>
              group.stats === null && group.respondents === null,
          ),
      ).toBe(true);
    const json = JSON.stringify(page);
    expect(json).not.toMatch(/"count":1\b/);
  });

  it("'Iedereen' minus the shown groups recovers no hidden answer, on the page or in the CSV (demo data)", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const cohort = await make.cohort({ facilitatorId: facilitator.id });
    await seedEvaluation(db, { cohortId: cohort.id });
    const params = { cohortId: cohort.id };
    const csv = await (
      await get(
        exportLoader,
        `/groepen/${cohort.id}/evaluatie/export?soort=overzicht`,
        facilitator.id,
        params,
      )
    ).text();
    const lines = csv
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .filter(Boolean)
      .slice(1)
      .map((line) => line.split(";"));
    const scaleItems = [
      ...new Set(lines.filter((cells) => cells[7] === "10").map((cells) => cells[0])),
    ];
    expect(scaleItems.length).toBe(11);
    for (const itemId of scaleItems) {
      const histogram = (group: string) =>
        lines
          .filter((cells) => cells[0] === itemId && cells[2] === group && /^\d+$/.test(cells[8]))
          .map((cells) => Number(cells[8]));
      const all = histogram("Iedereen");
      const shown = ["Sport", "Zorg en welzijn", "Anders"]
        .map(histogram)
        .filter((bins) => bins.length === 10);
      const rest = all.map(
        (count, index) => count - shown.reduce((sum, bins) => sum + bins[index], 0),
      );
      const restCount = rest.reduce((sum, count) => sum + count, 0);
      // Old code showed Sport (6) and Zorg en welzijn (5): the rest was the single "anders" answer.
      expect(
        restCount === 0 || restCount >= 5,
        `${itemId}: ${restCount} answers left after subtraction`,
      ).toBe(true);
    }
    const page = await (
      await get(reportLoader, `/groepen/${cohort.id}/evaluatie/rapport`, facilitator.id, params)
    ).json();
    for (const item of page.report.items) {
      const [all, ...split] = item.groups;
      if (!all.stats) continue;
      const rest =
        all.stats.answered -
        split.reduce(
          (sum: number, group: { stats: { answered: number } | null }) =>
            sum + (group.stats?.answered ?? 0),
          0,
        );
      expect(rest === 0 || rest >= 5, `${item.item.id}: ${rest}`).toBe(true);
    }
  });

  it("admin exports with and without a place filter differ by 0 or at least 5 rows", async () => {
    const admin = await make.user({ role: "ADMIN" });
    const facilitator = await make.user({ role: "FACILITATOR" });
    const suffix = Math.random().toString(36).slice(2, 8);
    const hengelo = await make.cohort({
      facilitatorId: facilitator.id,
      place: `Hengelo ${suffix}`,
    });
    await seedEvaluation(db, { cohortId: hengelo.id });
    const lone = await cohortWithResponses(["anders"], () => [
      ["E3", "de tekst van de enige in Enschede"],
      ["C1", "2"],
    ]);
    await db.cohort.update({
      where: { id: lone.cohort.id },
      data: { place: `Enschede ${suffix}` },
    });
    const rowsOf = async (query: string) => {
      const response = await get(
        adminExportLoader,
        `/beheer/evaluatie/export?soort=antwoorden${query}`,
        admin.id,
      );
      const text = await response.text();
      return {
        status: response.status,
        text,
        rows:
          text
            .replace(/^\uFEFF/, "")
            .split("\r\n")
            .filter(Boolean).length - 1,
      };
    };
    const everything = await rowsOf("");
    const inHengelo = await rowsOf(`&plaats=Hengelo%20${suffix}`);
    const inEnschede = await rowsOf(`&plaats=Enschede%20${suffix}`);
    expect(inHengelo.rows).toBe(12);
    // Old code: 13 rows against 12; the 13th was the Enschede respondent, free text and all.
    for (const filtered of [inHengelo, inEnschede]) {
      const difference = Math.abs(everything.rows - filtered.rows);
      expect(
        filtered.status === 409 || difference === 0 || difference >= 5,
        `${everything.rows} vs ${filtered.rows}`,
      ).toBe(true);
    }
    expect(everything.text).not.toContain("de enige in Enschede");
    expect(inEnschede.text).toContain("te weinig antwoorden");
    const page = await (await get(adminLoader, "/beheer/evaluatie", admin.id)).json();
    const withoutLone = await (
      await get(adminLoader, `/beheer/evaluatie?plaats=Hengelo%20${suffix}`, admin.id)
    ).json();
    expect(withoutLone.report.respondents).toBe(12);
    const difference = page.report.respondents - withoutLone.report.respondents;
    expect(difference === 0 || difference >= 5).toBe(true);
  });

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
