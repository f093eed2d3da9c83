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
import { loader as adminExportLoader } from "~/routes/beheer_.evaluatie_.export";
import { loader as compareLoader } from "~/routes/groepen_.$cohortId_.evaluatie_.vergelijken";
import { seedEvaluation } from "../../prisma/seed/evaluation";
import { factories } from "../factories";

/**
 * Decision 008, rule 6 (issue 17): a report read at 11 responses and again at
 * 12 used to differ by the 12th person, whom the facilitator knows from the
 * completion overview. Responses now count only in release batches of 5.
 */
const make = factories(db);
const context = { clientIp: "127.0.0.1" };

async function get(
  load: (args: LoaderFunctionArgs) => Promise<unknown>,
  url: string,
  userId: string,
  params: Record<string, string> = {},
) {
  const { token } = await createSession(userId);
  const cookie = (await sessionCookie.serialize(token)).split(";")[0];
  try {
    return (await load({
      request: new Request(`http://localhost${url}`, { headers: { Cookie: cookie } }),
      params,
      context,
    })) as Response;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

type PageGroup = {
  group: string;
  stats: { answered: number; histogram?: number[]; mean?: number } | null;
};
type Page = {
  report: {
    respondents: number | null;
    tooFew: boolean;
    bySector: Record<string, number | null>;
    waiting: { any: boolean; count: number | null };
    items: { item: { id: string }; groups: PageGroup[]; texts: string[] }[];
  };
};

/**
 * What a reader sees about answers, without the random order of free texts.
 * The number of waiting responses is left out: like the count of who sent the
 * evaluation (shown from 5), it says that someone answered, not what.
 */
const figures = (page: Page) => ({
  ...page.report,
  waiting: undefined,
  items: page.report.items.map((item) => ({ ...item, texts: [...item.texts].sort() })),
});

/** An open cohort with `size` participants; `answer(i)` sends the form of participant i. */
async function openCohort(size: number, place?: string) {
  const facilitator = await make.user({ role: "FACILITATOR" });
  const participants = await Promise.all(Array.from({ length: size }, () => make.user({})));
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: participants.map((participant) => participant.id),
    ...(place ? { place } : {}),
  });
  await setEvaluationOpen({ cohortId: cohort.id, open: true });
  const items = await getFormItems({ cohortId: cohort.id });
  const answer = async (index: number, sector: string, extra: [string, string][] = []) => {
    const form = new FormData();
    const defaults: [string, string][] = [
      ["A1", sector],
      ["C1", String((index % 10) + 1)],
      ["E2", index % 2 ? "ja" : "nee"],
      ["E3", `opmerking van nummer ${index}`],
    ];
    for (const [key, value] of [
      ...defaults.filter(([key]) => !extra.some(([own]) => own === key)),
      ...extra,
    ])
      form.append(key, value);
    expect(
      await submitEvaluation({
        userId: participants[index].id,
        cohortId: cohort.id,
        answers: readAnswers(form, items, true).answers,
      }),
    ).toBe("submitted");
  };
  const report = async () =>
    (await (
      await get(reportLoader, `/groepen/${cohort.id}/evaluatie/rapport`, facilitator.id, {
        cohortId: cohort.id,
      })
    ).json()) as Page;
  const csv = async (kind: string) =>
    (
      await get(
        exportLoader,
        `/groepen/${cohort.id}/evaluatie/export?soort=${kind}`,
        facilitator.id,
        { cohortId: cohort.id },
      )
    ).text();
  return { facilitator, participants, cohort, answer, report, csv };
}

/** Every count a page shows: respondents, per item and group the number of answers. */
function counts(page: Page): Map<string, number> {
  const result = new Map<string, number>([["respondents", page.report.respondents ?? 0]]);
  for (const [group, count] of Object.entries(page.report.bySector))
    result.set(`bySector.${group}`, count ?? 0);
  for (const item of page.report.items)
    for (const group of item.groups)
      result.set(`${item.item.id}.${group.group}`, group.stats?.answered ?? 0);
  return result;
}

const sortedRows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean)
    .slice(1)
    .sort();

describe("release batches: results read at different times differ by 0 or by at least 5", () => {
  it("the report at 11 and at 12 responses shows the same figures, pages and CSVs alike, until the 15th", async () => {
    const cohort = await openCohort(15);
    for (let i = 0; i < 11; i++) await cohort.answer(i, ["sport", "zorg", "welzijn"][i % 3]);
    const at11 = await cohort.report();
    const [raw11, overview11] = [await cohort.csv("antwoorden"), await cohort.csv("overzicht")];
    expect(at11.report.respondents).toBe(10);

    // The 12th: the facilitator sees them appear as "ingestuurd" on the completion overview.
    await cohort.answer(11, "sport", [
      ["C2", "1"],
      ["E3", "alleen de twaalfde schrijft dit"],
    ]);
    const at12 = await cohort.report();
    // Old code: respondents 11 -> 12 and every figure moved by exactly the 12th person's answers.
    expect(figures(at12)).toEqual(figures(at11));
    expect(JSON.stringify(at12)).not.toContain("alleen de twaalfde");
    expect(sortedRows(await cohort.csv("antwoorden"))).toEqual(sortedRows(raw11));
    expect(await cohort.csv("overzicht")).toBe(overview11);
    // The page says answers wait, and not how many (1-4 is a count of people under 5).
    expect(at12.report.waiting).toEqual({ any: true, count: null });

    for (let i = 12; i < 14; i++) await cohort.answer(i, "zorg");
    expect(figures(await cohort.report())).toEqual(figures(at11));
    await cohort.answer(14, "welzijn");
    const at15 = await cohort.report();
    expect(at15.report.respondents).toBe(15);
    expect(at15.report.waiting).toEqual({ any: false, count: 0 });
    expect(JSON.stringify(at15)).toContain("alleen de twaalfde");
    expect(sortedRows(await cohort.csv("antwoorden"))).toHaveLength(15);
  });

  it("every figure of two consecutive releases differs by 0 or by at least 5, the sector groups included", async () => {
    // 10 sport, then a batch of 4 sport and 1 zorg: summing released responses per sector would show
    // Sport 10 -> 14 and give away those 4; per batch, that batch's sport part (4) is hidden.
    const sectors = [
      ...Array(10).fill("sport"),
      "sport",
      "sport",
      "zorg",
      "sport",
      "sport",
      ...Array(5).fill("zorg"),
      "anders",
      "sport",
      "welzijn",
    ];
    const cohort = await openCohort(sectors.length);
    const seen: Map<string, number>[] = [];
    for (const [index, sector] of sectors.entries()) {
      await cohort.answer(index, sector, index % 4 === 0 ? [["C3", "7"]] : []);
      seen.push(counts(await cohort.report()));
    }
    expect(seen.map((page) => page.get("respondents"))).toEqual([
      0, 0, 0, 0, 5, 5, 5, 5, 5, 10, 10, 10, 10, 10, 15, 15, 15, 15, 15, 20, 20, 20, 20,
    ]);
    expect(seen[9].get("C1.sport")).toBe(10);
    expect(seen[14].get("C1.sport")).toBe(10);
    expect(seen[19].get("C1.zorg-welzijn")).toBe(5);
    for (const [a, before] of seen.entries()) {
      for (const after of seen.slice(a + 1)) {
        for (const [key, count] of after) {
          const difference = Math.abs(count - (before.get(key) ?? 0));
          expect(
            difference === 0 || difference >= 5,
            `${key}: ${before.get(key)} -> ${count}`,
          ).toBe(true);
        }
      }
    }
  });

  it("a release takes all waiting responses at once, also when submits arrive at the same moment", async () => {
    const cohort = await openCohort(13);
    await Promise.all(Array.from({ length: 13 }, (_, index) => cohort.answer(index, "sport")));
    const batches = await db.evaluationResponse.groupBy({
      by: ["releaseBatch"],
      where: { cohortId: cohort.cohort.id },
      _count: { _all: true },
      orderBy: { releaseBatch: "asc" },
    });
    expect(batches.map((batch) => [batch.releaseBatch, batch._count._all])).toEqual([
      [1, 5],
      [2, 5],
      [null, 3],
    ]);
    expect((await cohort.report()).report.respondents).toBe(10);
  });

  it("the admin report and exports, with and without a filter, and the compare page do not move by one response", async () => {
    const admin = await make.user({ role: "ADMIN" });
    const place = `Release ${Math.random().toString(36).slice(2, 8)}`;
    const mine = await openCohort(1);
    await seedEvaluation(db, { cohortId: mine.cohort.id });
    const other = await openCohort(7, place);
    for (let i = 0; i < 5; i++) await other.answer(i, "sport");

    const adminPage = async (query = "") =>
      (await (await get(adminLoader, `/beheer/evaluatie${query}`, admin.id)).json()) as Page;
    const adminCsv = async (kind: string, query = "") =>
      (
        await get(adminExportLoader, `/beheer/evaluatie/export?soort=${kind}${query}`, admin.id)
      ).text();
    const compare = async () =>
      (await (
        await get(
          compareLoader,
          `/groepen/${mine.cohort.id}/evaluatie/vergelijken`,
          mine.facilitator.id,
          { cohortId: mine.cohort.id },
        )
      ).json()) as { rows: unknown[] };
    const filter = `&plaats=${encodeURIComponent(place)}`;
    // Waiting responses of one place (1-4) are "minder dan 5", not a number.
    expect((await adminPage(`?plaats=${encodeURIComponent(place)}`)).report.waiting).toEqual({
      any: false,
      count: 0,
    });
    const before = {
      page: figures(await adminPage()),
      filtered: figures(await adminPage(`?plaats=${encodeURIComponent(place)}`)),
      raw: sortedRows(await adminCsv("antwoorden")),
      rawFiltered: sortedRows(await adminCsv("antwoorden", filter)),
      overview: await adminCsv("overzicht"),
      compare: await compare(),
    };
    expect(before.filtered.respondents).toBe(5);

    await other.answer(5, "zorg", [
      ["C1", "1"],
      ["E2", "nee"],
      ["E3", "de zesde in deze plaats"],
    ]);
    // Old code: every one of these moved by exactly the sixth person's answers.
    expect(figures(await adminPage())).toEqual(before.page);
    const filteredAfter = await adminPage(`?plaats=${encodeURIComponent(place)}`);
    expect(figures(filteredAfter)).toEqual(before.filtered);
    expect(filteredAfter.report.waiting).toEqual({ any: true, count: null });
    expect(sortedRows(await adminCsv("antwoorden"))).toEqual(before.raw);
    expect(sortedRows(await adminCsv("antwoorden", filter))).toEqual(before.rawFiltered);
    expect(await adminCsv("overzicht")).toBe(before.overview);
    expect((await compare()).rows).toEqual(before.compare.rows);
    expect(await adminCsv("antwoorden")).not.toContain("de zesde in deze plaats");
  });
});
