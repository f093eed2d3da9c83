import { MIN_GROUP_SIZE } from "~/utils/disclosure-threshold";
import { SECTOR_GROUPS, sectorGroupOf, type FormItem, type SectorGroup } from "./types";

/**
 * Statistical disclosure control for evaluation responses (decision 008).
 *
 * Every figure, histogram, free text, per-respondent row and count of
 * respondents that leaves the server passes this module. The rules:
 *
 * 1. Threshold: a group of fewer than MIN_GROUP_SIZE answers shows nothing.
 * 2. Complement: when parts of a shown total are hidden, the hidden parts
 *    together hold 0 or at least MIN_GROUP_SIZE answers; otherwise the
 *    smallest shown part is hidden too, until "total minus shown parts"
 *    gives nothing away.
 * 3. Atoms: a cohort decides, with rules 1 and 2, which of its parts
 *    (the whole cohort, a sector group, per item) may be shown. Every figure
 *    over several cohorts is a sum of such released parts, and a cohort under
 *    5 counts in no figure at all. So any two results anyone can request
 *    differ by whole released parts: by 0 or by at least 5 answers.
 *    `differencingRefusal` checks that on the pairs a person can request and
 *    refuses the request if it ever does not hold.
 * 4. Rows: per-respondent rows carry no role or volunteer type (A2, A3) and
 *    a sector group only where that group is shown; a cell of an item
 *    fewer than 5 people answered stays empty.
 * 5. Counts of people (respondents, who chose which sector or role) show
 *    "minder dan 5" instead of 1 to 4.
 * 6. Time: a response counts only once it is released, in a batch of at
 *    least 5 of its cohort (`release.server.ts`). Each batch is an atom as in
 *    rule 3: it decides with rules 1 and 2 what it may show, and every figure
 *    is a sum of released batch parts. So a report read at 11 responses and at
 *    12 is the same, and any two results read at different times differ by 0
 *    or by at least 5 answers in every figure, the sector groups included.
 */
export { MIN_GROUP_SIZE };

const isSmallGroup = (count: number) => count < MIN_GROUP_SIZE;

/** A count that would single out 1 to 4 people. Zero says nothing about anyone's answer. */
export const isDisclosive = (count: number) => count > 0 && count < MIN_GROUP_SIZE;

/** Items that describe the person (sector, role, volunteer type): their counts are counts of people. */
export const PERSON_ITEMS = new Set(["A1", "A2", "A3"]);

export type ResponseRow = {
  sector: string;
  questionnaireVersion?: number;
  answers: { itemId: string; number: number | null; text: string | null; choices: string[] }[];
};

/**
 * Rules 1 and 2: which parts of `total` may be shown. Parts below the
 * threshold (and `forcedHidden` ones) are hidden; then, while the hidden
 * remainder would be 1-4, the smallest shown part is hidden as well.
 */
export function showableParts<K extends string>(
  total: number,
  parts: Record<K, number>,
  forcedHidden: Iterable<K> = [],
): Set<K> {
  const forced = new Set(forcedHidden);
  const keys = Object.keys(parts) as K[];
  const shown = new Set(keys.filter((key) => !forced.has(key) && !isSmallGroup(parts[key])));
  if (isSmallGroup(total)) return new Set();
  for (;;) {
    const remainder = total - [...shown].reduce((sum, key) => sum + parts[key], 0);
    if (!isDisclosive(remainder) || shown.size === 0) return shown;
    const smallest = [...shown].sort((a, b) => parts[a] - parts[b])[0];
    shown.delete(smallest);
  }
}

function answerOf(row: ResponseRow, itemId: string) {
  return row.answers.find((answer) => answer.itemId === itemId);
}

/** Whether a row holds an answer to this item (a score, a choice or a text). */
function hasAnswer(row: ResponseRow, item: FormItem): boolean {
  const answer = answerOf(row, item.id);
  if (!answer) return false;
  if (item.type === "scale10")
    return typeof answer.number === "number" && answer.number >= 1 && answer.number <= 10;
  if (item.type === "text") return Boolean(answer.text);
  return answer.choices.length > 0;
}

type ItemRelease = { all: boolean; groups: Set<SectorGroup> };

/**
 * What the rules need to know about one atom (a release batch of one cohort,
 * rules 3 and 6): its respondents per sector group and, per item, how many
 * of them answered it per sector group. Counted from rows here, or by SQL
 * (`report-sql.server.ts`); the decisions below are the same for both.
 */
export type AtomCounts = {
  respondents: Record<SectorGroup, number>;
  answered: Map<string, Record<SectorGroup, number>>;
};

/** What one atom may show: the whole, which sector groups, per item. */
export type AtomRelease = {
  counts: AtomCounts;
  released: boolean;
  /** Sector groups whose respondents may be counted and labelled. */
  groups: Set<SectorGroup>;
  items: Map<string, ItemRelease>;
};

/** An atom decided from its rows (reports, comparisons, per-respondent exports). */
export type CohortRelease = AtomRelease & { rows: ResponseRow[] };

const noneByGroup = (): Record<SectorGroup, number> => ({ sport: 0, "zorg-welzijn": 0, anders: 0 });
const sum = (counts: Record<SectorGroup, number>) =>
  SECTOR_GROUPS.reduce((total, group) => total + counts[group], 0);

function countAtom(rows: ResponseRow[], items: FormItem[]): AtomCounts {
  const respondents = noneByGroup();
  const answered = new Map(items.map((item) => [item.id, noneByGroup()]));
  for (const row of rows) {
    const group = sectorGroupOf(row.sector);
    respondents[group] += 1;
    for (const item of items) if (hasAnswer(row, item)) answered.get(item.id)![group] += 1;
  }
  return { respondents, answered };
}

/** Rules 1 and 2 within one atom. */
export function releaseAtom(counts: AtomCounts, items: FormItem[]): AtomRelease {
  const total = sum(counts.respondents);
  const released = !isSmallGroup(total);
  const groups = released ? showableParts(total, counts.respondents) : new Set<SectorGroup>();
  const hiddenGroups = SECTOR_GROUPS.filter((group) => !groups.has(group));
  const itemReleases = new Map<string, ItemRelease>();
  for (const item of items) {
    const byGroup = counts.answered.get(item.id) ?? noneByGroup();
    const answered = released ? sum(byGroup) : 0;
    const all = released && !isSmallGroup(answered);
    // An item never shows a sector group the respondent counts hide: rows and figures stay consistent.
    itemReleases.set(item.id, {
      all,
      groups: all ? showableParts(answered, byGroup, hiddenGroups) : new Set(),
    });
  }
  return { counts, released, groups, items: itemReleases };
}

export function releaseCohort(rows: ResponseRow[], items: FormItem[]): CohortRelease {
  return { rows, ...releaseAtom(countAtom(rows, items), items) };
}

export type RespondentCounts = { respondents: number; answered: Record<string, number> };

/** What a result counts: the respondents and, per item, the answers it is made of. */
export function releasedCounts(cohorts: AtomRelease[], items: FormItem[]): RespondentCounts {
  const released = cohorts.filter((cohort) => cohort.released);
  return {
    respondents: released.reduce((total, cohort) => total + sum(cohort.counts.respondents), 0),
    answered: Object.fromEntries(
      items.map((item) => [
        item.id,
        released.reduce(
          (total, cohort) =>
            total +
            (cohort.items.get(item.id)?.all
              ? sum(cohort.counts.answered.get(item.id) ?? noneByGroup())
              : 0),
          0,
        ),
      ]),
    ),
  };
}

/**
 * Rule 3 across requests: a result is refused when it differs from a result
 * the same person can request by 1 to 4 respondents, or by 1 to 4 answers to
 * any item. Returns the ids that differ too little ("respondents" for the
 * whole), empty when the request may be answered.
 */
export function differencingRefusal(
  requested: RespondentCounts,
  others: RespondentCounts[],
): string[] {
  const problems = new Set<string>();
  for (const other of others) {
    if (isDisclosive(Math.abs(requested.respondents - other.respondents)))
      problems.add("respondents");
    for (const [itemId, answered] of Object.entries(requested.answered)) {
      if (isDisclosive(Math.abs(answered - (other.answered[itemId] ?? 0)))) problems.add(itemId);
    }
  }
  return [...problems];
}

/** Rule 5 for the number of responses waiting for a release batch: 1-4 is "minder dan 5" (null). */
export const waitingCount = (count: number): number | null => (isDisclosive(count) ? null : count);

/** Rule 5 for a list of counts of people: 1-4 become null, and the complement is hidden as well. */
export function suppressPeopleCounts<K extends string>(
  total: number,
  counts: Record<K, number>,
  additive: boolean,
): Record<K, number | null> {
  const keys = Object.keys(counts) as K[];
  const shown = additive
    ? showableParts(total, counts)
    : new Set(keys.filter((key) => !isDisclosive(counts[key])));
  // Zero is not disclosive; with additive counts a zero next to hidden ones is still 0.
  return Object.fromEntries(
    keys.map((key) => [key, shown.has(key) || counts[key] === 0 ? counts[key] : null]),
  ) as Record<K, number | null>;
}

export type ReleasedRow = {
  version: number | null;
  group: SectorGroup | null;
  cells: Map<string, ResponseRow["answers"][number] | null>;
};

/**
 * Rule 4: the per-respondent rows that may be exported. Only cohorts of 5 or
 * more; no A1/A2/A3 answers (the sector group stands in for A1, and only
 * where that group is shown, else null); a cell of an item the cohort
 * answered fewer than 5 times stays empty.
 */
export function releasedRows(
  cohorts: CohortRelease[],
  items: FormItem[],
): { items: FormItem[]; rows: ReleasedRow[] } {
  const exported = exportedItems(items);
  const rows = cohorts
    .filter((cohort) => cohort.released)
    .flatMap((cohort) => cohort.rows.flatMap((row) => releasedRow(cohort, row, exported) ?? []));
  return { items: exported, rows };
}

/** The columns a per-respondent row may have (rule 4): no A1, A2, A3. */
export const exportedItems = (items: FormItem[]) =>
  items.filter((item) => !PERSON_ITEMS.has(item.id));

/**
 * Rule 4 for one row of a released atom (also when rows are streamed one page
 * at a time): the sector group only where the atom shows it, a cell only for
 * an item the atom released. Null for a row of an atom that is not released.
 */
export function releasedRow(
  atom: AtomRelease,
  row: ResponseRow,
  exported: FormItem[],
): ReleasedRow | null {
  if (!atom.released) return null;
  const group = sectorGroupOf(row.sector);
  return {
    version: row.questionnaireVersion ?? null,
    group: atom.groups.has(group) ? group : null,
    cells: new Map(
      exported.map((item) => [
        item.id,
        atom.items.get(item.id)?.all ? (answerOf(row, item.id) ?? null) : null,
      ]),
    ),
  };
}
