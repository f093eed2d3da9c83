import type { AtomRelease, RespondentCounts } from "./disclosure";
import { SECTOR_GROUPS, type FormItem, type SectorGroup } from "./types";

type GroupKey = "all" | SectorGroup;
const GROUP_KEYS: GroupKey[] = ["all", ...SECTOR_GROUPS];

/**
 * What a set of decided atoms adds up to: every figure of a report is a sum
 * over atoms of what each atom's own decision releases (decision 008, rule 6),
 * so the sums of the atoms of one cohort, added to those of other cohorts,
 * give the same figures as the atoms themselves (decision 035). Plain JSON,
 * so that a cohort's sums can be stored.
 */
export type AtomSums = {
  /** Respondents of released atoms. */
  respondents: number;
  /** Any atom with a respondent, released or not ("te weinig" instead of "nog niemand"). */
  anyRows: boolean;
  /** Any atom released (the cohort counts in "uit N groepen"). */
  released: boolean;
  /** Per sector group, the respondents of released atoms that may show that group. */
  bySector: Record<SectorGroup, number>;
  /** Per item and group, [people, answers] of the atoms whose decision shows that cell. */
  cells: Record<string, Record<GroupKey, [number, number]>>;
};

export const groupSum = (counts: Record<SectorGroup, number>) =>
  SECTOR_GROUPS.reduce((total, group) => total + counts[group], 0);

const blankCells = () =>
  Object.fromEntries(GROUP_KEYS.map((key) => [key, [0, 0]])) as AtomSums["cells"][string];

export function emptySums(items: FormItem[]): AtomSums {
  return {
    respondents: 0,
    anyRows: false,
    released: false,
    bySector: { sport: 0, "zorg-welzijn": 0, anders: 0 },
    cells: Object.fromEntries(items.map((item) => [item.id, blankCells()])),
  };
}

/** The sums of `atoms`, each counted only where its own decision releases it. */
export function sumAtoms(atoms: AtomRelease[], items: FormItem[]): AtomSums {
  const sums = emptySums(items);
  for (const atom of atoms) addAtom(sums, atom, items);
  return sums;
}

/** Adds one decided atom into `sums`, counted only where its own decision releases it. */
export function addAtom(sums: AtomSums, atom: AtomRelease, items: FormItem[]): AtomSums {
  const total = groupSum(atom.counts.respondents);
  if (total > 0) sums.anyRows = true;
  if (!atom.released) return sums;
  sums.released = true;
  sums.respondents += total;
  for (const group of SECTOR_GROUPS)
    if (atom.groups.has(group)) sums.bySector[group] += atom.counts.respondents[group];
  for (const item of items) {
    const release = atom.items.get(item.id);
    if (!release) continue;
    const answered = atom.counts.answered.get(item.id);
    const cell = (sums.cells[item.id] ??= blankCells());
    if (release.all) {
      cell.all[0] += total;
      cell.all[1] += answered ? groupSum(answered) : 0;
    }
    for (const group of release.groups) {
      cell[group][0] += atom.counts.respondents[group];
      cell[group][1] += answered ? answered[group] : 0;
    }
  }
  return sums;
}

/** Adds `more` into `into` (items of `more` that `into` lacks are added). */
export function addSums(into: AtomSums, more: AtomSums): AtomSums {
  into.respondents += more.respondents;
  into.anyRows ||= more.anyRows;
  into.released ||= more.released;
  for (const group of SECTOR_GROUPS) into.bySector[group] += more.bySector[group];
  for (const [itemId, cells] of Object.entries(more.cells)) {
    const target = (into.cells[itemId] ??= blankCells());
    for (const key of GROUP_KEYS) {
      target[key][0] += cells[key][0];
      target[key][1] += cells[key][1];
    }
  }
  return into;
}

/** What a result counts for rule 3 across requests, as `releasedCounts` gives it for atoms. */
export function countsOfSums(sums: AtomSums, items: FormItem[]): RespondentCounts {
  return {
    respondents: sums.respondents,
    answered: Object.fromEntries(items.map((item) => [item.id, sums.cells[item.id]?.all[1] ?? 0])),
  };
}
