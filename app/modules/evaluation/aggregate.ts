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

/** `textTotal`: set when `texts` is a sample of more answers (big reports list the rest in the export). */
export type ItemReport = { item: FormItem; groups: GroupStats[]; texts: string[]; textTotal?: number };

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

/**
 * The raw counts behind one item's figures in one group: a histogram of
 * scores 1-10, how many answered with a choice and how often each option
 * was chosen, how many wrote text. Counted in JavaScript from rows
 * (tallyOf) or in SQL for big reports (report-sql.server.ts).
 */
export type Tally = { histogram: number[]; withChoice: number; options: Record<string, number>; withText: number };

export function tallyOf(item: FormItem, rows: ResponseRow[]): Tally {
  const answers = rows.map((row) => row.answers.find((answer) => answer.itemId === item.id)).filter((answer) => answer !== undefined);
  const scores = answers.map((answer) => answer.number).filter((value): value is number => typeof value === "number" && value >= 1 && value <= 10);
  const withChoice = answers.filter((answer) => answer.choices.length > 0);
  return {
    histogram: Array.from({ length: 10 }, (_, index) => scores.filter((score) => score === index + 1).length),
    withChoice: withChoice.length,
    options: Object.fromEntries(item.options.map((option) => [option, withChoice.filter((answer) => answer.choices.includes(option)).length])),
    withText: answers.filter((answer) => answer.text).length,
  };
}

/** The median of the scores in a histogram of 1-10 (the same as median() of the scores). */
function histogramMedian(histogram: number[], count: number): number {
  const at = (position: number) => {
    let seen = 0;
    for (let index = 0; index < histogram.length; index++) {
      seen += histogram[index];
      if (position < seen) return index + 1;
    }
    return 0;
  };
  return count % 2 ? at(Math.floor(count / 2)) : (at(count / 2 - 1) + at(count / 2)) / 2;
}

function statsFromTally(item: FormItem, tally: Tally): ItemStats {
  if (item.type === "scale10") {
    const answered = tally.histogram.reduce((sum, count) => sum + count, 0);
    const total = tally.histogram.reduce((sum, count, index) => sum + count * (index + 1), 0);
    const mean = answered ? round1(total / answered) : 0;
    return { kind: "scale", answered, histogram: tally.histogram, mean, median: answered ? histogramMedian(tally.histogram, answered) : 0 };
  }
  if (item.type === "text") return { kind: "text", answered: tally.withText };
  return {
    kind: "counts",
    answered: tally.withChoice,
    counts: item.options.map((option) => {
      const count = tally.options[option] ?? 0;
      return { option, count, share: tally.withChoice ? Math.round((count / tally.withChoice) * 100) : 0 };
    }),
  };
}

function groupStats(group: GroupKey, item: FormItem, respondents: number, tally: () => Tally): GroupStats {
  if (isSmallGroup(respondents)) return { group, respondents, tooFew: true, stats: null };
  const stats = statsFromTally(item, tally());
  // An item that only a few people answered could point at them, even in a big group.
  if (stats.kind !== "text" && isSmallGroup(stats.answered)) return { group, respondents, tooFew: true, stats: null };
  return { group, respondents, tooFew: false, stats };
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
  const rowsOf = (group: GroupKey) => (group === "all" ? rows : bySectorRows[group]);
  return reportFromTallies({
    items,
    respondents: { all: rows.length, sport: bySectorRows.sport.length, "zorg-welzijn": bySectorRows["zorg-welzijn"].length, anders: bySectorRows.anders.length },
    tally: (item, group) => tallyOf(item, rowsOf(group)),
    texts: (item) => ({ texts: textsOf(item.id, rows) }),
  });
}

/**
 * The report from counts per item and group, wherever they were counted;
 * the rules of what may be shown are here, once. `texts` gives the free
 * text of an item (or a sample of it, with the total count).
 */
export function reportFromTallies({
  items,
  respondents,
  tally,
  texts,
}: {
  items: FormItem[];
  respondents: Record<GroupKey, number>;
  tally: (item: FormItem, group: GroupKey) => Tally;
  texts: (item: FormItem) => { texts: string[]; total?: number };
}): Report {
  const tooFew = isSmallGroup(respondents.all);
  return {
    respondents: respondents.all,
    tooFew,
    bySector: respondents,
    items: items.map((item) => {
      const free = tooFew || (item.type !== "text" && item.type !== "scale10") ? { texts: [] } : texts(item);
      return {
        item,
        groups: [groupStats("all", item, respondents.all, () => tally(item, "all")), ...SECTOR_GROUPS.map((group) => groupStats(group, item, respondents[group], () => tally(item, group)))],
        texts: shuffle(free.texts),
        ...(free.total !== undefined && free.total > free.texts.length ? { textTotal: free.total } : {}),
      };
    }),
  };
}

function textsOf(itemId: string, rows: ResponseRow[]): string[] {
  return rows.flatMap((row) => row.answers.filter((answer) => answer.itemId === itemId && answer.text).map((answer) => answer.text as string));
}
