import { describe, expect, it } from "vitest";
import { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { buildReport, type Report } from "~/modules/evaluation/aggregate";
import { rawResponsesCsv, rawResponsesCsvStream } from "~/modules/evaluation/export-csv.server";
import { coreItems } from "~/modules/evaluation/questionnaire";
import { countResponses, reportInSql, responsesPage } from "~/modules/evaluation/report-sql.server";
import { adminWhereSql } from "~/modules/evaluation/report.server";
import { loader as adminExport } from "~/routes/beheer_.evaluatie_.export";
import { callRoute } from "../setup/call-route";
import { factories } from "../factories";

const make = factories(db);
const SECTORS = ["sport", "zorg", "welzijn", "anders"];

/** Responses with every kind of answer, some unusual: a score out of range, an empty choice, no answer at all. */
async function responses(cohortId: string, count: number, offset = 0) {
  for (let i = offset; i < offset + count; i++) {
    await db.evaluationResponse.create({
      data: {
        cohortId,
        questionnaireVersion: 1,
        sector: SECTORS[i % 4],
        submittedWeek: new Date(i % 2 ? "2026-11-23" : "2026-10-05"),
        answers: {
          create: [
            { itemId: "A1", choices: [SECTORS[i % 4]] },
            { itemId: "A2", choices: i % 3 ? ["trainer", "maatje"] : i % 5 ? ["bestuurslid"] : [] },
            { itemId: "B1", choices: [["ja", "nee", "weet-niet"][i % 3]] },
            { itemId: "C1", number: 1 + ((i * 7) % 10), text: i % 4 ? null : `Omdat ${i}` },
            { itemId: "C2", number: i % 9 ? 1 + (i % 10) : 11 },
            ...(i % 6 ? [{ itemId: "E1", number: 10 - (i % 4) }] : []),
            { itemId: "E3", text: i % 2 ? `Tekst ${i}` : "" },
          ],
        },
      },
    });
  }
}

// Free text is shuffled on every call: compare it as a sorted list.
const comparable = (report: Report) => ({ ...report, items: report.items.map((item) => ({ ...item, texts: [...item.texts].sort() })) });

describe("the admin evaluation report counted in SQL (issue 20)", () => {
  it("gives the same figures, small groups and texts as counting in JavaScript, also filtered", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const enschede = await make.cohort({ facilitatorId: facilitator.id, place: "Enschede" });
    const zwolle = await make.cohort({ facilitatorId: facilitator.id, place: "Zwolle" });
    await responses(enschede.id, 23);
    // Zwolle has 6 responses: one sector group there is under 5.
    await responses(zwolle.id, 6, 100);
    const items = coreItems();
    const load = (where: Prisma.EvaluationResponseWhereInput) =>
      db.evaluationResponse.findMany({ where, orderBy: { id: "asc" }, select: { sector: true, questionnaireVersion: true, answers: { select: { itemId: true, number: true, text: true, choices: true } } } });

    const all = await reportInSql({ where: adminWhereSql({}), items });
    expect(all.cohorts).toBe(2);
    expect(comparable(all.report)).toEqual(comparable(buildReport(await load({}), items)));

    const inZwolle = await reportInSql({ where: adminWhereSql({ place: "Zwolle" }), items });
    const expected = buildReport(await load({ cohortId: zwolle.id }), items);
    expect(comparable(inZwolle.report)).toEqual(comparable(expected));
    expect(inZwolle.report.items.find((item) => item.item.id === "C1")?.groups.some((group) => group.tooFew)).toBe(true);

    const fromNovember = await reportInSql({ where: adminWhereSql({ from: "2026-11-20" }), items });
    expect(fromNovember.report.respondents).toBe((await load({ submittedWeek: { gte: new Date("2026-11-16") } })).length);
  });

  it("streams the raw export page by page with the same content as the file built in memory", async () => {
    const admin = await make.user({ role: "ADMIN" });
    const facilitator = await make.user({ role: "FACILITATOR" });
    const cohort = await make.cohort({ facilitatorId: facilitator.id, place: "Tilburg" });
    await responses(cohort.id, 12);
    const rows = await db.evaluationResponse.findMany({
      where: { cohort: { place: "Tilburg" } },
      orderBy: { id: "asc" },
      select: { sector: true, questionnaireVersion: true, answers: { select: { itemId: true, number: true, text: true, choices: true } } },
    });
    const response = await callRoute(admin.id, adminExport, { path: "/beheer/evaluatie/export?soort=antwoorden&plaats=Tilburg", params: {} });
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    // ignoreBOM keeps the BOM in the text (the default decoder drops it).
    const decode = async (body: Response) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(await body.arrayBuffer());
    const text = await decode(response);
    expect(text).toBe(rawResponsesCsv(rows, coreItems()));
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(13);
    // Pages of 5: three pages and an empty one, the same file.
    const where = adminWhereSql({ place: "Tilburg" });
    const paged = rawResponsesCsvStream({ items: coreItems(), count: () => countResponses(where), page: (after) => responsesPage({ where, after, size: 5 }) });
    expect(await decode(new Response(paged))).toBe(text);

    const few = await callRoute(admin.id, adminExport, { path: "/beheer/evaluatie/export?soort=antwoorden&plaats=Nergens", params: {} });
    expect(await decode(few)).toContain("te weinig antwoorden");
  });
});
