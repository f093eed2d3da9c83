import { describe, expect, it } from "vitest";
import {
  buildCohortReport as buildReport,
  median,
  MIN_GROUP_SIZE,
  type ResponseRow,
} from "./aggregate";
import { coreItems } from "./questionnaire";

const row = (
  sector: string,
  c1: number | null,
  extra: ResponseRow["answers"] = [],
): ResponseRow => ({
  sector,
  answers: [
    { itemId: "A1", number: null, text: null, choices: [sector] },
    ...(c1 === null ? [] : [{ itemId: "C1", number: c1, text: null, choices: [] }]),
    ...extra,
  ],
});

const items = coreItems();
const c1Of = (rows: ResponseRow[]) =>
  buildReport(rows, items).items.find((item) => item.item.id === "C1")!;

describe("buildReport", () => {
  it("hides every figure of a group under 5 responses as 'too few'", () => {
    expect(MIN_GROUP_SIZE).toBe(5);
    const four = [row("sport", 7), row("sport", 8), row("zorg", 3), row("welzijn", 9)];
    const report = buildReport(four, items);
    expect(report.tooFew).toBe(true);
    expect(
      report.items
        .flatMap((item) => item.groups)
        .every((group) => group.tooFew && group.stats === null),
    ).toBe(true);
    expect(report.items.every((item) => item.texts.length === 0)).toBe(true);
  });

  it("shows the whole group at 5 but hides a sector column under 5", () => {
    const rows = [
      row("sport", 2),
      row("sport", 4),
      row("sport", 6),
      row("zorg", 8),
      row("welzijn", 10),
    ];
    const [all, sport, care, other] = c1Of(rows).groups;
    expect(all).toMatchObject({
      group: "all",
      tooFew: false,
      stats: {
        kind: "scale",
        answered: 5,
        mean: 6,
        median: 6,
        histogram: [0, 1, 0, 1, 0, 1, 0, 1, 0, 1],
      },
    });
    // A hidden group does not even say how many it holds (decision 008, rule 5).
    expect(sport).toMatchObject({ group: "sport", respondents: null, tooFew: true, stats: null });
    expect(care).toMatchObject({
      group: "zorg-welzijn",
      respondents: null,
      tooFew: true,
      stats: null,
    });
    expect(other).toMatchObject({ group: "anders", respondents: null, tooFew: true });
  });

  it("shows the split at 5 and 5, and hides an item answered by fewer than 5", () => {
    const rows = [
      ...Array.from({ length: 5 }, (_, i) => row("sport", i + 1)),
      ...Array.from({ length: 5 }, (_, i) => row(i % 2 ? "zorg" : "welzijn", 10 - i)),
    ];
    const [all, sport, care] = c1Of(rows).groups;
    expect(all.stats).toMatchObject({ answered: 10, mean: 5.5, median: 5.5 });
    expect(sport.stats).toMatchObject({ answered: 5, mean: 3, median: 3 });
    expect(care.stats).toMatchObject({ answered: 5, mean: 8, median: 8 });
    const fewAnswered = [
      row("sport", 5),
      row("sport", 6),
      ...Array.from({ length: 4 }, () => row("zorg", null)),
    ];
    expect(c1Of(fewAnswered).groups[0]).toMatchObject({ tooFew: true, stats: null });
  });

  it("counts yes/no as shares and lists free text without identity", () => {
    const yes = (value: string) => ({ itemId: "E2", number: null, text: null, choices: [value] });
    const text = (value: string) => ({ itemId: "E3", number: null, text: value, choices: [] });
    const rows = ["ja", "ja", "ja", "nee", "weet-niet"].map((value, i) =>
      row("sport", 5, [yes(value), text(`opmerking ${i}`)]),
    );
    const report = buildReport(rows, items);
    expect(report.items.find((item) => item.item.id === "E2")!.groups[0].stats).toMatchObject({
      kind: "counts",
      answered: 5,
      counts: [
        { option: "ja", count: 3, share: 60 },
        { option: "nee", count: 1, share: 20 },
        { option: "weet-niet", count: 1, share: 20 },
      ],
    });
    expect([...report.items.find((item) => item.item.id === "E3")!.texts].sort()).toEqual([
      "opmerking 0",
      "opmerking 1",
      "opmerking 2",
      "opmerking 3",
      "opmerking 4",
    ]);
  });

  it("takes the median of an even count as the middle two", () => {
    expect(median([1, 9, 3, 7])).toBe(5);
    expect(median([4])).toBe(4);
  });
});
