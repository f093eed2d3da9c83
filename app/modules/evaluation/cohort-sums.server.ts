import { createHash } from "node:crypto";
import { db } from "~/utils/db.server";
import type { GroupKey, ValueCounts } from "./aggregate";
import { addAtom, addSums, emptySums, groupSum, type AtomSums } from "./atom-sums";
import { MIN_GROUP_SIZE } from "./disclosure";
import {
  countAtoms,
  emptySelection,
  loadValueRows,
  selectCells,
  type Atom,
  type ValueRow,
} from "./report-sql.server";
import { SECTOR_GROUPS, type FormItem } from "./types";

/**
 * Per cohort, what its released batches add up to (decision 035, issue 20).
 *
 * A released batch never changes: its responses are final and its decision
 * depends only on its own counts and the items. So the admin report need not
 * count and decide every batch of the country on each request: each cohort's
 * decided batches are added up once (`addAtom`, value counts per released
 * cell) and stored; a report adds the stored sums of the cohorts it selects.
 *
 * A cohort's row is rebuilt, from its batches, whenever what is stored no
 * longer matches: the number of its released responses or its last batch
 * changed (a new batch, a cohort emptied), or the items or the disclosure
 * rules did (`itemsKey`). The check runs on every read, so the stored sums are
 * a cache the report cannot read stale, never a second source of truth.
 */

// Bump when the rules of disclosure.ts change: every cohort's sums are then decided anew.
const RULES_VERSION = 1;
// Cohorts rebuilt per round: memory holds their decided batches (about 9 KiB each) and no more.
const FOLD_COHORTS = 250;

const ANALYZE_AFTER = 100;

export type CohortSums = Map<string, AtomSums>;

/** The key of the items and rules that sums were decided with. */
export const itemsKeyOf = (items: FormItem[]) =>
  createHash("sha256")
    .update(
      JSON.stringify([RULES_VERSION, MIN_GROUP_SIZE, items.map((item) => [item.id, item.type])]),
    )
    .digest("base64url")
    .slice(0, 16);

/** Reads the stored tables: the database client, or a transaction that reads several of them at one moment. */
export type SumsReader = Pick<typeof db, "$queryRawUnsafe">;

/** Every cohort's stored sums, after rebuilding those that no longer match their responses. */
export async function loadCohortSums(items: FormItem[]): Promise<CohortSums> {
  await rebuildCohortSums(items);
  return readCohortSums(items);
}

/** Rebuilds the stored sums of the cohorts whose released responses changed since (decision 035). */
export async function rebuildCohortSums(items: FormItem[]): Promise<void> {
  await rebuildStale(items, itemsKeyOf(items));
}

/** Every cohort's stored sums as they are (call `rebuildCohortSums` first). */
export async function readCohortSums(
  items: FormItem[],
  reader: SumsReader = db,
): Promise<CohortSums> {
  const itemsKey = itemsKeyOf(items);
  const rows = await reader.$queryRawUnsafe<{ cohortId: string; sums: AtomSums }[]>(
    `SELECT "cohortId", "sums" FROM "EvaluationCohortSums" WHERE "itemsKey" = $1`,
    itemsKey,
  );
  return new Map(rows.map((row) => [row.cohortId, row.sums]));
}

/** The sums of the cohorts `ids` added up (empty sums when none). */
export function sumOfCohorts(sums: CohortSums, ids: string[], items: FormItem[]): AtomSums {
  const total = emptySums(items);
  for (const id of ids) {
    const found = sums.get(id);
    if (found) addSums(total, found);
  }
  return total;
}

/**
 * Answers per item, group and value over the released cells of the cohorts
 * `ids`, and per item how many free texts their released batches hold.
 */
export async function loadSummedValues(
  ids: string[],
  items: FormItem[],
  reader: SumsReader = db,
): Promise<{ values: ValueCounts; textCounts: Map<string, number> }> {
  const counted = items.filter((item) => item.type !== "text");
  const result: ValueCounts = new Map(
    counted.map((item) => [
      item.id,
      new Map<GroupKey, Map<string, number>>([
        ["all", new Map()],
        ...SECTOR_GROUPS.map((group) => [group, new Map<string, number>()] as const),
      ]),
    ]),
  );
  const textCounts = new Map<string, number>();
  if (ids.length === 0) return { values: result, textCounts };
  const rows = await reader.$queryRawUnsafe<
    { itemId: string; grp: GroupKey | "text"; value: string; n: number }[]
  >(
    `SELECT "itemId", "grp", "value", sum("n")::int AS "n" FROM "EvaluationCohortValue"
      WHERE "cohortId" = ANY($1::text[]) GROUP BY 1, 2, 3`,
    ids,
  );
  for (const row of rows)
    if (row.grp === "text") textCounts.set(row.itemId, row.n);
    else result.get(row.itemId)?.get(row.grp)?.set(row.value, row.n);
  return { values: result, textCounts };
}

/** Cohorts whose stored sums do not match their released responses (or were decided with other items). */
async function staleCohorts(itemsKey: string): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ cohortId: string }[]>(
    `SELECT coalesce(r."cohortId", s."cohortId") AS "cohortId"
       FROM (SELECT "cohortId", count(*)::int AS "responses", max("releaseBatch") AS "maxBatch"
               FROM "EvaluationResponse" WHERE "releaseBatch" IS NOT NULL GROUP BY 1) r
       FULL JOIN "EvaluationCohortSums" s ON s."cohortId" = r."cohortId"
      WHERE r."cohortId" IS NULL OR s."cohortId" IS NULL OR s."itemsKey" <> $1
         OR s."responses" <> r."responses" OR s."maxBatch" <> r."maxBatch"`,
    itemsKey,
  );
  return rows.map((row) => row.cohortId);
}

async function rebuildStale(items: FormItem[], itemsKey: string): Promise<void> {
  const stale = await staleCohorts(itemsKey);
  for (let start = 0; start < stale.length; start += FOLD_COHORTS) {
    const ids = stale.slice(start, start + FOLD_COHORTS);
    const { rows, values } = await foldCohorts(ids, items);
    await store(ids, itemsKey, rows, values);
  }
  // After a large rebuild (a new data set, new items) the planner must know the tables' new size.
  if (stale.length >= ANALYZE_AFTER)
    await db.$executeRawUnsafe(`ANALYZE "EvaluationCohortSums", "EvaluationCohortValue"`);
}

type CohortRow = {
  cohortId: string;
  responses: number;
  maxBatch: number;
  released: string;
  sums: string;
};

/**
 * The stored rows of the cohorts `ids`, folded atom by atom as the cursor hands
 * them over: each atom is added into its cohort's sums and leaves only plain
 * columns behind (`selectCells`: the cells its decision releases), whose value
 * counts are read once per fetched page of atoms. A decided atom is garbage
 * before the next is made (decision 033).
 */
async function foldCohorts(
  ids: string[],
  items: FormItem[],
): Promise<{ rows: CohortRow[]; values: ValueRow[] }> {
  const cohorts = new Map<
    string,
    { responses: number; maxBatch: number; released: number[]; sums: AtomSums }
  >();
  const values = new Map<string, ValueRow>();
  let selection = emptySelection();
  const flush = async () => {
    const selected = selection;
    selection = emptySelection();
    for (const row of await loadValueRows(selected, items)) {
      const key = `${row.cohortId}\u0000${row.itemId}\u0000${row.grp}\u0000${row.value}`;
      const seen = values.get(key);
      if (seen) seen.n += row.n;
      else values.set(key, { ...row });
    }
  };
  const take = (atom: Atom) => {
    let cohort = cohorts.get(atom.cohortId);
    if (!cohort) {
      cohort = { responses: 0, maxBatch: atom.batch, released: [], sums: emptySums(items) };
      cohorts.set(atom.cohortId, cohort);
    }
    cohort.responses += groupSum(atom.counts.respondents);
    cohort.maxBatch = Math.max(cohort.maxBatch, atom.batch);
    if (atom.released) cohort.released.push(atom.batch);
    addAtom(cohort.sums, atom, items);
    selectCells(selection, atom, items);
  };
  await countAtoms(items, ids, take, flush);
  const rows = [...cohorts].map(([cohortId, cohort]) => ({
    cohortId,
    responses: cohort.responses,
    maxBatch: cohort.maxBatch,
    released: `{${cohort.released.join(",")}}`,
    sums: JSON.stringify(cohort.sums),
  }));
  return { rows, values: [...values.values()] };
}

/**
 * Replaces the rows of the cohorts `ids` with their folded sums (a cohort
 * without atoms loses its row). What is stored is derived from the atoms
 * themselves, so a row always matches the batches it was made of; writers
 * take turns on one lock, and a row made from an older read is rebuilt on
 * the next one.
 */
async function store(
  ids: string[],
  itemsKey: string,
  rows: CohortRow[],
  values: ValueRow[],
): Promise<void> {
  const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((row) => row[key]);
  await db.$transaction([
    db.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('evaluation-cohort-sums'))::text`),
    db.$executeRawUnsafe(
      `DELETE FROM "EvaluationCohortValue" WHERE "cohortId" = ANY($1::text[])`,
      ids,
    ),
    db.$executeRawUnsafe(
      `DELETE FROM "EvaluationCohortSums" WHERE "cohortId" = ANY($1::text[])`,
      ids,
    ),
    db.$executeRawUnsafe(
      `INSERT INTO "EvaluationCohortSums" ("cohortId", "itemsKey", "responses", "maxBatch", "releasedBatches", "sums")
       SELECT c, $6, n, b, rb::int[], s::jsonb FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::text[]) AS t(c, n, b, rb, s)
        WHERE EXISTS (SELECT 1 FROM "Cohort" WHERE "id" = c)`,
      column("cohortId"),
      column("responses"),
      column("maxBatch"),
      column("released"),
      column("sums"),
      itemsKey,
    ),
    db.$executeRawUnsafe(
      `INSERT INTO "EvaluationCohortValue" ("cohortId", "itemId", "grp", "value", "n")
       SELECT c, i, g, v, n FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) AS t(c, i, g, v, n)
        WHERE EXISTS (SELECT 1 FROM "Cohort" WHERE "id" = c)`,
      values.map((row) => row.cohortId),
      values.map((row) => row.itemId),
      values.map((row) => row.grp),
      values.map((row) => row.value),
      values.map((row) => row.n),
    ),
  ]);
}
