import type { LoaderFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { createSession, sessionCookie } from "~/modules/auth/session.server";
import { getFormItems } from "~/modules/evaluation/form-items.server";
import { setEvaluationOpen } from "~/modules/evaluation/manage-evaluation.server";
import { readAnswers } from "~/modules/evaluation/read-answers";
import { submitEvaluation } from "~/modules/evaluation/submit-evaluation.server";
import { loader as reportLoader } from "~/routes/groepen_.$cohortId_.evaluatie_.rapport";
import { loader as exportLoader } from "~/routes/groepen_.$cohortId_.evaluatie_.export";
import { loader as adminLoader } from "~/routes/beheer_.evaluatie";
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

async function get(load: (args: LoaderFunctionArgs) => Promise<unknown>, url: string, userId: string, params: Record<string, string> = {}) {
  const request = new Request(`http://localhost${url}`, { headers: { Cookie: await cookieFor(userId) } });
  try {
    return (await load({ request, params, context })) as Response;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/** A cohort where `sectors.length` participants have submitted; `extra` fields go into every form. */
async function cohortWithResponses(sectors: string[], extra: (index: number) => [string, string][] = () => []) {
  const facilitator = await make.user({ role: "FACILITATOR" });
  const participants = await Promise.all(sectors.map((sector) => make.user({ domain: sector === "sport" ? "SPORT" : "WELZIJN" })));
  const cohort = await make.cohort({ facilitatorId: facilitator.id, participantIds: participants.map((participant) => participant.id) });
  await setEvaluationOpen({ cohortId: cohort.id, open: true });
  const items = await getFormItems({ cohortId: cohort.id });
  for (const [index, participant] of participants.entries()) {
    const form = new FormData();
    for (const [key, value] of [["A1", sectors[index]], ["C1", String((index % 10) + 1)], ["E2", "ja"], ...extra(index)] as [string, string][]) form.append(key, value);
    const { answers } = readAnswers(form, items, true);
    expect(await submitEvaluation({ userId: participant.id, cohortId: cohort.id, answers })).toBe("submitted");
  }
  return { cohort, facilitator, participants };
}

describe("evaluation reports", () => {
  it("exports CSV with formula-like cells neutralised", async () => {
    const evil = '=HYPERLINK("http://evil.example","klik")';
    const { cohort, facilitator } = await cohortWithResponses(["sport", "sport", "sport", "zorg", "welzijn"], (index) =>
      index === 0 ? [["E3", evil], ["B2", "  +31 6 kan niet"], ["D1", "@SUM(A1)"]] : [["E3", "-1 punt voor de koffie"]],
    );
    const response = await get(exportLoader, `/groepen/${cohort.id}/evaluatie/export?soort=antwoorden`, facilitator.id, { cohortId: cohort.id });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("text/csv");
    const csv = await response.text();
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0].split(";").slice(0, 8)).toEqual(["versie", "A1", "A2", "A3", "B1", "B2", "B3", "C1"]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
    expect(csv).not.toMatch(/(^|;)"?=HYPERLINK/m);
    expect(csv).toContain("'+31 6 kan niet"); // typed text is trimmed; the unit test covers leading whitespace
    expect(csv).toContain("'@SUM(A1)");
    expect(csv).toContain("'-1 punt voor de koffie");
    expect(lines.filter(Boolean)).toHaveLength(6);

    const aggregates = await (await get(exportLoader, `/groepen/${cohort.id}/evaluatie/export?soort=overzicht`, facilitator.id, { cohortId: cohort.id })).text();
    // 3 sport + 2 zorg/welzijn: every sector column is too small, the whole group is not.
    expect(aggregates).toMatch(/C1;[^;]+;Iedereen;5;5;3;3;1;1/);
    expect(aggregates).toMatch(/C1;[^;]+;Sport;te weinig antwoorden;te weinig antwoorden/);
    expect(aggregates).toMatch(/C1;[^;]+;Zorg en welzijn;te weinig antwoorden/);
    expect(aggregates).not.toMatch(/C1;[^;]+;Sport;3/);
  });

  it("shows 'te weinig antwoorden' for a whole cohort under 5, also in the raw export", async () => {
    const { cohort, facilitator } = await cohortWithResponses(["sport", "zorg", "welzijn", "sport"]);
    const page = await (await get(reportLoader, `/groepen/${cohort.id}/evaluatie/rapport`, facilitator.id, { cohortId: cohort.id })).json();
    expect(page.report.tooFew).toBe(true);
    expect(page.report.items.every((item: { groups: { stats: unknown }[] }) => item.groups.every((group) => group.stats === null))).toBe(true);
    const raw = await (await get(exportLoader, `/groepen/${cohort.id}/evaluatie/export?soort=antwoorden`, facilitator.id, { cohortId: cohort.id })).text();
    expect(raw).toContain("te weinig antwoorden");
    expect(raw).not.toContain("zorg");
  });

  it("lets only the cohort's staff read the report and the export", async () => {
    const { cohort, participants } = await cohortWithResponses(["sport", "zorg", "welzijn", "sport", "zorg"]);
    const otherFacilitator = await make.user({ role: "FACILITATOR" });
    await make.cohort({ facilitatorId: otherFacilitator.id });
    const admin = await make.user({ role: "ADMIN" });
    const params = { cohortId: cohort.id };
    expect((await get(reportLoader, `/groepen/${cohort.id}/evaluatie/rapport`, participants[0].id, params)).status).toBe(403);
    expect((await get(reportLoader, `/groepen/${cohort.id}/evaluatie/rapport`, otherFacilitator.id, params)).status).toBe(403);
    expect((await get(exportLoader, `/groepen/${cohort.id}/evaluatie/export?soort=antwoorden`, participants[0].id, params)).status).toBe(403);
    expect((await get(exportLoader, `/groepen/${cohort.id}/evaluatie/export?soort=antwoorden`, otherFacilitator.id, params)).status).toBe(403);
    expect((await get(adminLoader, "/beheer/evaluatie", otherFacilitator.id)).status).toBe(403);
    expect((await get(reportLoader, `/groepen/${cohort.id}/evaluatie/rapport`, admin.id, params)).status).toBe(200);
    const adminPage = await (await get(adminLoader, "/beheer/evaluatie", admin.id)).json();
    expect(adminPage.report.respondents).toBeGreaterThanOrEqual(5);
  });

  it("compares only with the facilitator's own cohorts or the average of all", async () => {
    const mine = await cohortWithResponses(["sport", "zorg", "welzijn", "sport", "zorg"]);
    const second = await make.cohort({ facilitatorId: mine.facilitator.id });
    const foreign = await cohortWithResponses(["sport", "sport", "sport", "sport", "sport"]);
    const params = { cohortId: mine.cohort.id };
    const refused = await get(compareLoader, `/groepen/${mine.cohort.id}/evaluatie/vergelijken?met=${foreign.cohort.id}`, mine.facilitator.id, params);
    expect(refused.status).toBe(403);
    const withSecond = await (await get(compareLoader, `/groepen/${mine.cohort.id}/evaluatie/vergelijken?met=${second.id}`, mine.facilitator.id, params)).json();
    const c1 = withSecond.rows.find((row: { item: { id: string } }) => row.item.id === "C1");
    expect(c1.a).toMatchObject({ answered: 5 });
    expect(c1.b).toBeNull(); // the second cohort has no responses yet
    const withAll = await (await get(compareLoader, `/groepen/${mine.cohort.id}/evaluatie/vergelijken`, mine.facilitator.id, params)).json();
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
    expect(c1.groups.map((group) => [group.group, group.tooFew])).toEqual([["all", false], ["sport", false], ["zorg-welzijn", false], ["anders", true]]);
    expect(report.items.find((item) => item.item.id === "E3")!.texts.length).toBeGreaterThan(2);
  });
});
