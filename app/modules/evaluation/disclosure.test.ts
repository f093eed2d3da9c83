import { describe, expect, it } from "vitest";
import { buildCohortReport, buildReport, type ItemStats } from "./aggregate";
import {
  differencingRefusal,
  releaseCohort,
  releasedCounts,
  releasedRows,
  showableParts,
  type ResponseRow,
} from "./disclosure";
import { coreItems } from "./questionnaire";

const items = coreItems();

/** A response: sector (A1), role (A2), a C1 score (with a reason), an E2 answer and an E3 text. */
const row = (
  sector: string,
  c1: number,
  role = "trainer",
  e2 = "ja",
  e3: string | null = null,
): ResponseRow => ({
  sector,
  answers: [
    { itemId: "A1", number: null, text: null, choices: [sector] },
    { itemId: "A2", number: null, text: null, choices: [role] },
    { itemId: "C1", number: c1, text: `reden ${sector} ${c1}`, choices: [] },
    { itemId: "E2", number: null, text: null, choices: [e2] },
    ...(e3 ? [{ itemId: "E3", number: null, text: e3, choices: [] }] : []),
  ],
});

/** The demo data of issue 17: 6 sport, 2 zorg, 3 welzijn, 1 anders (who scored 1 and said "nee"). */
const demo = (): ResponseRow[] => [
  ...[7, 8, 6, 9, 7, 5].map((score, i) =>
    row(
      "sport",
      score,
      ["trainer", "teamleider", "bestuurslid", "trainer", "stagiair", "scheidsrechter"][i],
    ),
  ),
  row("zorg", 8, "vrijwilliger-zorg-welzijn"),
  row("zorg", 7, "professional-zorg-welzijn"),
  row("welzijn", 9, "maatje"),
  row("welzijn", 8, "professional-zorg-welzijn"),
  row("welzijn", 10, "vrijwilliger-zorg-welzijn"),
  row("anders", 1, "anders", "nee", "alleen ik schreef dit"),
];

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
/** What an attacker does with the histograms: "Iedereen" minus every shown sector column. */
function subtractShown(stats: ItemStats | null, shown: (ItemStats | null)[]): number[] | null {
  if (!stats || stats.kind !== "scale") return null;
  return stats.histogram.map(
    (count, index) =>
      count - sum(shown.map((part) => (part && part.kind === "scale" ? part.histogram[index] : 0))),
  );
}

describe("complementary suppression (decision 008, rule 2)", () => {
  it("hides the smallest shown part when the hidden rest would be 1-4", () => {
    expect([...showableParts(12, { sport: 6, zw: 5, anders: 1 })]).toEqual(["sport"]);
    expect([...showableParts(16, { sport: 6, zw: 5, anders: 5 })].sort()).toEqual([
      "anders",
      "sport",
      "zw",
    ]);
    expect([...showableParts(11, { sport: 6, zw: 5, anders: 0 })].sort()).toEqual(["sport", "zw"]);
    expect([...showableParts(7, { sport: 6, zw: 1, anders: 0 })]).toEqual([]);
    expect([...showableParts(4, { sport: 4 })]).toEqual([]);
  });

  it("'Iedereen' minus the shown groups recovers no hidden answer in the demo data", () => {
    const report = buildCohortReport(demo(), items);
    for (const itemReport of report.items) {
      const [all, ...split] = itemReport.groups;
      const rest = subtractShown(
        all.stats,
        split.filter((group) => !group.tooFew).map((group) => group.stats),
      );
      // Whatever is left after subtracting is 0 or at least 5 answers: never the one "anders" respondent.
      if (rest) expect([0].includes(sum(rest)) || sum(rest) >= 5).toBe(true);
    }
    const c1 = report.items.find((item) => item.item.id === "C1")!;
    expect(c1.groups.map((group) => [group.group, group.tooFew])).toEqual([
      ["all", false],
      ["sport", false],
      ["zorg-welzijn", true],
      ["anders", true],
    ]);
    expect(report.bySector).toEqual({ all: 12, sport: 6, "zorg-welzijn": null, anders: null });
    // The yes/no counts: Iedereen minus Sport is the 6 hidden answers together.
    const e2 = report.items.find((item) => item.item.id === "E2")!;
    expect(e2.groups[2].stats).toBeNull();
  });

  it("shows who chose a sector or role only as 'fewer than 5' below 5 (rule 5)", () => {
    const report = buildCohortReport(demo(), items);
    const a1 = report.items.find((item) => item.item.id === "A1")!.groups[0].stats!;
    expect(a1.kind === "counts" && a1.counts).toEqual([
      { option: "sport", count: 6, share: 50 },
      { option: "zorg", count: null, share: null },
      { option: "welzijn", count: null, share: null },
      { option: "anders", count: null, share: null },
    ]);
    const a2 = report.items.find((item) => item.item.id === "A2")!.groups[0].stats!;
    expect(
      a2.kind === "counts" && a2.counts.every((count) => count.count === null || count.count === 0),
    ).toBe(true);
  });
});

describe("the 3/1/1 cohort (3 sport, 1 zorg, 1 welzijn)", () => {
  const cohort = () => [
    row("sport", 6),
    row("sport", 7),
    row("sport", 8),
    row("zorg", 2, "maatje", "nee", "tekst van het maatje"),
    row("welzijn", 10, "stagiair"),
  ];

  it("shows the whole group but no sector column, and no count of the small groups", () => {
    const report = buildCohortReport(cohort(), items);
    expect(report.respondents).toBe(5);
    expect(report.bySector).toEqual({ all: 5, sport: null, "zorg-welzijn": null, anders: null });
    for (const itemReport of report.items)
      expect(
        itemReport.groups
          .slice(1)
          .every((group) => group.stats === null && group.respondents === null),
      ).toBe(true);
  });

  it("exports rows without sector, role or type next to the answers (rule 4)", () => {
    const { items: columns, rows } = releasedRows([releaseCohort(cohort(), items)], items);
    expect(columns.map((item) => item.id)).not.toContain("A1");
    expect(columns.map((item) => item.id)).not.toContain("A2");
    expect(columns.map((item) => item.id)).not.toContain("A3");
    expect(rows.every((exported) => exported.group === null)).toBe(true);
    // E3 was answered once: fewer than 5, so that cell stays empty for everyone.
    expect(rows.some((exported) => exported.cells.get("E3"))).toBe(false);
    expect(rows.filter((exported) => exported.cells.get("C1")?.number === 2)).toHaveLength(1);
  });
});

describe("figures over several cohorts (rule 3)", () => {
  it("leaves out a cohort under 5, so 'all cohorts' minus one cohort is 0 or at least 5", () => {
    const big = releaseCohort(demo(), items);
    const tiny = releaseCohort([row("sport", 3, "trainer", "nee")], items);
    const all = buildReport([big, tiny], items);
    const own = buildReport([big], items);
    const c1 = (report: typeof all) =>
      report.items.find((item) => item.item.id === "C1")!.groups[0].stats;
    expect(c1(all)).toEqual(c1(own));
    expect(
      differencingRefusal(releasedCounts([big, tiny], items), [releasedCounts([big], items)]),
    ).toEqual([]);
  });

  it("refuses a result that differs from another requestable one by 1 to 4", () => {
    const counts = (respondents: number, c1: number) => ({ respondents, answered: { C1: c1 } });
    expect(differencingRefusal(counts(13, 13), [counts(12, 12)])).toEqual(["respondents", "C1"]);
    expect(differencingRefusal(counts(17, 17), [counts(12, 12)])).toEqual([]);
    expect(differencingRefusal(counts(17, 14), [counts(12, 12)])).toEqual(["C1"]);
    expect(differencingRefusal(counts(12, 12), [counts(12, 12)])).toEqual([]);
  });
});
