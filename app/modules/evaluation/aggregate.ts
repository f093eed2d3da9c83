import { randomInt } from "node:crypto";
import { SECTOR_GROUPS, sectorGroupOf, type FormItem, type SectorGroup } from "./types";

/** Groups (the whole report, or one column of a split) smaller than this show no figures. */
export const MIN_GROUP_SIZE = 5;

export const isSmallGroup = (count: number) => count < MIN_GROUP_SIZE;

export type ResponseRow = { sector: string; answers: { itemId: string; number: number | null; text: string | null; choices: string[] }[] };

export type GroupKey = "all" | SectorGroup;

export type ItemStats =
  | { kind: "scale"; answered: number; histogram: number[]; mean: number; median: number }
  | { kind: "counts"; answered: number; counts: { option: string; count: number; share: number }[] }
  | { kind: "text"; answered: number };

/** One group of one item: figures, or `tooFew` (then `stats` is null). */
export type GroupStats = { group: GroupKey; respondents: number; tooFew: boolean; stats: ItemStats | null };

export type ItemReport = { item: FormItem; groups: GroupStats[]; texts: string[] };

export type Report = { respondents: number; tooFew: boolean; bySector: Record<GroupKey, number>; items: ItemReport[] };

const round1 = (value: number) => Math.round(value * 10) / 10;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Fisher-Yates with a crypto source: free text is listed in an order that says nothing about who came first. */
export function shuffle<T>(values: T[]): T[] {
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function statsFor(item: FormItem, rows: ResponseRow[]): ItemStats {
  const answers = rows.map((row) => row.answers.find((answer) => answer.itemId === item.id)).filter((answer) => answer !== undefined);
  if (item.type === "scale10") {
    const scores = answers.map((answer) => answer.number).filter((value): value is number => typeof value === "number" && value >= 1 && value <= 10);
    const histogram = Array.from({ length: 10 }, (_, index) => scores.filter((score) => score === index + 1).length);
    const mean = scores.length ? round1(scores.reduce((sum, score) => sum + score, 0) / scores.length) : 0;
    return { kind: "scale", answered: scores.length, histogram, mean, median: scores.length ? median(scores) : 0 };
  }
  if (item.type === "text") return { kind: "text", answered: answers.filter((answer) => answer.text).length };
  const withChoice = answers.filter((answer) => answer.choices.length > 0);
  return {
    kind: "counts",
    answered: withChoice.length,
    counts: item.options.map((option) => {
      const count = withChoice.filter((answer) => answer.choices.includes(option)).length;
      return { option, count, share: withChoice.length ? Math.round((count / withChoice.length) * 100) : 0 };
    }),
  };
}

function groupStats(group: GroupKey, item: FormItem, rows: ResponseRow[]): GroupStats {
  if (isSmallGroup(rows.length)) return { group, respondents: rows.length, tooFew: true, stats: null };
  const stats = statsFor(item, rows);
  // An item that only a few people answered could point at them, even in a big group.
  if (stats.kind !== "text" && isSmallGroup(stats.answered)) return { group, respondents: rows.length, tooFew: true, stats: null };
  return { group, respondents: rows.length, tooFew: false, stats };
}

/**
 * The report of a set of anonymous responses: per item the whole group and
 * the split by sector (A1), each hidden as "te weinig antwoorden" below
 * MIN_GROUP_SIZE. Free text (and the explanations of scores) only for the
 * whole group, shuffled.
 */
export function buildReport(rows: ResponseRow[], items: FormItem[]): Report {
  const bySectorRows: Record<SectorGroup, ResponseRow[]> = { sport: [], "zorg-welzijn": [], anders: [] };
  for (const row of rows) bySectorRows[sectorGroupOf(row.sector)].push(row);
  const tooFew = isSmallGroup(rows.length);
  return {
    respondents: rows.length,
    tooFew,
    bySector: { all: rows.length, sport: bySectorRows.sport.length, "zorg-welzijn": bySectorRows["zorg-welzijn"].length, anders: bySectorRows.anders.length },
    items: items.map((item) => ({
      item,
      groups: [groupStats("all", item, rows), ...SECTOR_GROUPS.map((group) => groupStats(group, item, bySectorRows[group]))],
      texts: tooFew || (item.type !== "text" && item.type !== "scale10") ? [] : shuffle(textsOf(item.id, rows)),
    })),
  };
}

function textsOf(itemId: string, rows: ResponseRow[]): string[] {
  return rows.flatMap((row) => row.answers.filter((answer) => answer.itemId === itemId && answer.text).map((answer) => answer.text as string));
}
