import { randomInt } from "node:crypto";
import {
  PERSON_ITEMS,
  releaseCohort,
  showableParts,
  suppressPeopleCounts,
  waitingCount,
  type CohortRelease,
  type ResponseRow,
} from "./disclosure";
import type { AtomSums } from "./atom-sums";
import { SECTOR_GROUPS, sectorGroupOf, type FormItem, type SectorGroup } from "./types";

export { MIN_GROUP_SIZE, type ResponseRow } from "./disclosure";

export type GroupKey = "all" | SectorGroup;

export type ItemStats =
  | { kind: "scale"; answered: number; histogram: number[]; mean: number; median: number }
  /** A count (and share) is null where it would count 1-4 people (rule 5). */
  | {
      kind: "counts";
      answered: number;
      counts: { option: string; count: number | null; share: number | null }[];
    }
  | { kind: "text"; answered: number };

/** One group of one item: figures, or `tooFew` (then `stats` and `respondents` are null). */
export type GroupStats = {
  group: GroupKey;
  respondents: number | null;
  tooFew: boolean;
  stats: ItemStats | null;
};

/** `texts`: the free texts shown (all, or the admin report's first page); `textCount`: how many there are. */
export type ItemReport = {
  item: FormItem;
  groups: GroupStats[];
  texts: string[];
  textCount: number;
};

/**
 * `respondents` is null when there are answers but too few to count them
 * ("minder dan 5"); `bySector` is null for a group that is not shown.
 */
export type Report = {
  respondents: number | null;
  tooFew: boolean;
  bySector: Record<GroupKey, number | null>;
  items: ItemReport[];
  /**
   * Responses that came in but are not in any figure yet: they wait until 5
   * new ones form a release batch (rule 6). `count` is null for 1-4 (rule 5).
   */
  waiting: { any: boolean; count: number | null };
};

const round1 = (value: number) => Math.round(value * 10) / 10;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Fisher-Yates with a crypto source: free text is listed in an order that says nothing about who came first. */
function shuffle<T>(values: T[]): T[] {
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function statsFor(item: FormItem, rows: ResponseRow[]): ItemStats {
  const answers = rows
    .map((row) => row.answers.find((answer) => answer.itemId === item.id))
    .filter((answer) => answer !== undefined);
  if (item.type === "scale10") {
    const scores = answers
      .map((answer) => answer.number)
      .filter((value): value is number => typeof value === "number" && value >= 1 && value <= 10);
    const histogram = Array.from(
      { length: 10 },
      (_, index) => scores.filter((score) => score === index + 1).length,
    );
    const mean = scores.length
      ? round1(scores.reduce((sum, score) => sum + score, 0) / scores.length)
      : 0;
    return {
      kind: "scale",
      answered: scores.length,
      histogram,
      mean,
      median: scores.length ? median(scores) : 0,
    };
  }
  if (item.type === "text")
    return { kind: "text", answered: answers.filter((answer) => answer.text).length };
  const withChoice = answers.filter((answer) => answer.choices.length > 0);
  return {
    kind: "counts",
    answered: withChoice.length,
    counts: item.options.map((option) => {
      const count = withChoice.filter((answer) => answer.choices.includes(option)).length;
      return {
        option,
        count,
        share: withChoice.length ? Math.round((count / withChoice.length) * 100) : 0,
      };
    }),
  };
}

/**
 * The same figures from counts (the SQL path): `values` holds per score (as
 * text) or per option the number of answers with it; `answered` the number
 * of answers to the item (for choices: answers with at least one choice).
 */
function statsFromCounts(item: FormItem, answered: number, values: Map<string, number>): ItemStats {
  if (item.type === "scale10") {
    const histogram = Array.from({ length: 10 }, (_, index) => values.get(String(index + 1)) ?? 0);
    const scored = histogram.reduce((total, count) => total + count, 0);
    const mean = scored
      ? round1(histogram.reduce((total, count, index) => total + count * (index + 1), 0) / scored)
      : 0;
    return {
      kind: "scale",
      answered: scored,
      histogram,
      mean,
      median: scored ? medianOfHistogram(histogram, scored) : 0,
    };
  }
  if (item.type === "text") return { kind: "text", answered };
  return {
    kind: "counts",
    answered,
    counts: item.options.map((option) => {
      const count = values.get(option) ?? 0;
      return { option, count, share: answered ? Math.round((count / answered) * 100) : 0 };
    }),
  };
}

/** The median of scores 1-10 given as a histogram, as `median` would give it for the listed scores. */
function medianOfHistogram(histogram: number[], total: number): number {
  const nth = (position: number) => {
    let seen = 0;
    for (const [index, count] of histogram.entries()) {
      seen += count;
      if (seen > position) return index + 1;
    }
    return 10;
  };
  const middle = Math.floor(total / 2);
  return total % 2 ? nth(middle) : (nth(middle - 1) + nth(middle)) / 2;
}

function groupStats(group: GroupKey, item: FormItem, rows: ResponseRow[]): GroupStats {
  if (rows.length === 0) return { group, respondents: null, tooFew: true, stats: null };
  return finishGroup(group, item, rows.length, statsFor(item, rows));
}

/** Rule 5 on a group's figures: how many people chose a sector or a role is a count of people. */
function finishGroup(
  group: GroupKey,
  item: FormItem,
  respondents: number,
  stats: ItemStats,
): GroupStats {
  if (stats.kind === "counts" && PERSON_ITEMS.has(item.id)) {
    // Rule 5: how many people chose a sector or a role is a count of people.
    const shown = suppressPeopleCounts(
      stats.answered,
      Object.fromEntries(stats.counts.map((count) => [count.option, count.count ?? 0])),
      item.type === "choice",
    );
    stats.counts = stats.counts.map((count) =>
      shown[count.option] === null ? { option: count.option, count: null, share: null } : count,
    );
  }
  return { group, respondents, tooFew: false, stats };
}

/**
 * The report of anonymous responses of one or more cohorts. Each cohort
 * first decides what it may show (`releaseCohort`, decision 008); figures are
 * sums of those released parts only. Free text (and the explanations of
 * scores) only for the whole group, shuffled.
 */
export function buildReport(cohorts: CohortRelease[], items: FormItem[], waiting = 0): Report {
  const released = cohorts.filter((cohort) => cohort.released);
  const rows = released.flatMap((cohort) => cohort.rows);
  const anyRows = waiting > 0 || cohorts.some((cohort) => cohort.rows.length > 0);
  const bySector: Record<GroupKey, number | null> = {
    all: rows.length || null,
    sport: null,
    "zorg-welzijn": null,
    anders: null,
  };
  for (const group of SECTOR_GROUPS) {
    const inGroup = released
      .filter((cohort) => cohort.groups.has(group))
      .flatMap((cohort) => cohort.rows.filter((row) => sectorGroupOf(row.sector) === group));
    bySector[group] = inGroup.length || null;
  }
  return {
    respondents: rows.length ? rows.length : anyRows ? null : 0,
    tooFew: rows.length === 0 && anyRows,
    bySector,
    waiting: { any: waiting > 0, count: waitingCount(waiting) },
    items: items.map((item) => {
      const allRows = released
        .filter((cohort) => cohort.items.get(item.id)?.all)
        .flatMap((cohort) => cohort.rows);
      const splitRows = (group: SectorGroup) =>
        released
          .filter((cohort) => cohort.items.get(item.id)?.groups.has(group))
          .flatMap((cohort) => cohort.rows.filter((row) => sectorGroupOf(row.sector) === group));
      const groups = [
        groupStats("all", item, allRows),
        ...SECTOR_GROUPS.map((group) => groupStats(group, item, splitRows(group))),
      ];
      const texts =
        item.type !== "text" && item.type !== "scale10" ? [] : shuffle(textsOf(item.id, rows));
      return {
        item,
        groups: finalComplementCheck(item, groups),
        texts,
        textCount: texts.length,
      };
    }),
  };
}

/** Free texts of one item: those read (all, or a page) and how many there are in all. */
export type TextPage = { texts: string[]; count: number };

export type ValueCounts = Map<string, Map<GroupKey, Map<string, number>>>;

/**
 * The report from counts instead of rows (the admin report, counted in SQL):
 * the atoms' decisions (`releaseAtom` on counts SQL made), the number of
 * answers per item, group and score or option over exactly the released
 * cells those decisions name, and the free texts of released atoms. Gives
 * the same report as `buildReport` on the rows (tests/integration/evaluation-report-sql.test.ts).
 */
/** The report from what its atoms add up to (atom-sums.ts): per cohort stored, or of the atoms at hand. */
export function buildReportFromSums(
  sums: AtomSums,
  items: FormItem[],
  values: ValueCounts,
  texts: Map<string, TextPage>,
  waiting = 0,
): Report {
  const respondents = sums.respondents;
  const anyRows = waiting > 0 || sums.anyRows;
  const bySector: Record<GroupKey, number | null> = {
    all: respondents || null,
    sport: null,
    "zorg-welzijn": null,
    anders: null,
  };
  for (const group of SECTOR_GROUPS) bySector[group] = sums.bySector[group] || null;
  return {
    respondents: respondents ? respondents : anyRows ? null : 0,
    tooFew: respondents === 0 && anyRows,
    bySector,
    waiting: { any: waiting > 0, count: waitingCount(waiting) },
    items: items.map((item) => {
      const cell = (group: GroupKey): GroupStats => {
        const [people, answered] = sums.cells[item.id]?.[group] ?? [0, 0];
        if (people === 0) return hide({ group, respondents: null, tooFew: true, stats: null });
        return finishGroup(
          group,
          item,
          people,
          statsFromCounts(item, answered, values.get(item.id)?.get(group) ?? new Map()),
        );
      };
      const groups = [cell("all"), ...SECTOR_GROUPS.map(cell)];
      const found = item.type !== "text" && item.type !== "scale10" ? null : texts.get(item.id);
      return {
        item,
        groups: finalComplementCheck(item, groups),
        texts: shuffle(found?.texts ?? []),
        textCount: found?.count ?? 0,
      };
    }),
  };
}

/** Defence in depth: the combined split obeys rule 2 too (it does by construction). */
function finalComplementCheck(item: FormItem, groups: GroupStats[]): GroupStats[] {
  const [all, ...split] = groups;
  if (!all.stats) return groups.map((group) => hide(group));
  const answered = Object.fromEntries(
    split.map((group) => [group.group, group.stats?.answered ?? 0]),
  ) as Record<SectorGroup, number>;
  const shown = showableParts(
    all.stats.answered,
    answered,
    split.filter((group) => !group.stats).map((group) => group.group as SectorGroup),
  );
  return [
    all,
    ...split.map((group) => (shown.has(group.group as SectorGroup) ? group : hide(group))),
  ];
}

const hide = (group: GroupStats): GroupStats => ({
  group: group.group,
  respondents: null,
  tooFew: true,
  stats: null,
});

/** One cohort's report. */
export function buildCohortReport(rows: ResponseRow[], items: FormItem[]): Report {
  return buildReport([releaseCohort(rows, items)], items);
}

function textsOf(itemId: string, rows: ResponseRow[]): string[] {
  return rows.flatMap((row) =>
    row.answers
      .filter((answer) => answer.itemId === itemId && answer.text)
      .map((answer) => answer.text as string),
  );
}
