import { db } from "~/utils/db.server";
import type { GroupKey, TextPage } from "./aggregate";
import {
  exportedItems,
  releaseAtom,
  releaseCohort,
  releasedRow,
  type AtomCounts,
  type AtomRelease,
  type ReleasedRow,
  type ResponseRow,
} from "./disclosure";
import type { FormItem, SectorGroup } from "./types";

/**
 * The admin report counted in SQL (issue 20): the database only counts
 * (GROUP BY atom, sector group, item, score or option); every decision about
 * what may be shown stays in the one disclosure module, exactly as for rows:
 *
 * 1. `countAtoms` counts per release batch (atom) the respondents per sector
 *    group and the answers per item and sector group; `releaseAtom` decides
 *    on those counts (rules 1, 2, 3, 6).
 * 2. `loadValueRows` counts answers per cohort, item, group and score or
 *    option over exactly the cells those decisions release: the hidden "all"
 *    cells and the shown sector cells go in as parameters.
 * 3. cohort-sums.server.ts stores both per cohort; `buildReportFromSums`
 *    (aggregate.ts) assembles the figures of the selected cohorts and applies
 *    rule 5 and the final complement check, as `buildReport` does for rows.
 *
 * Reads anonymous responses only, released ones only; never receipts.
 */

export type Atom = AtomRelease & { cohortId: string; batch: number };

const GROUP_SQL = `CASE WHEN r."sector" = 'sport' THEN 'sport' WHEN r."sector" IN ('zorg', 'welzijn') THEN 'zorg-welzijn' ELSE 'anders' END`;

const idsOf = (items: FormItem[], keep: (item: FormItem) => boolean) =>
  items.filter(keep).map((item) => item.id);
const isChoice = (item: FormItem) => item.type !== "scale10" && item.type !== "text";
/** Items whose answers can carry a free text (a reason with a score). */
const withText = (item: FormItem) => item.type === "text" || item.type === "scale10";

/** "Has an answer" as `hasAnswer` in disclosure.ts: a score 1-10, a non-empty text, at least one choice. */
const ANSWERED_SQL = `((a."itemId" = ANY($1::text[]) AND a."number" BETWEEN 1 AND 10) OR (a."itemId" = ANY($2::text[]) AND a."text" <> '') OR (a."itemId" = ANY($3::text[]) AND cardinality(a."choices") > 0))`;

const emptyGroups = (): Record<SectorGroup, number> => ({ sport: 0, "zorg-welzijn": 0, anders: 0 });

/** Step 1: per atom of the cohorts `cohortIds`, the counts the rules decide on; then the decisions. */
/** The one query that counts every atom: one row per release batch, ordered by cohort and batch. */
const ATOM_COUNTS_SQL = `WITH r AS (SELECT "id", "cohortId", "releaseBatch", ${GROUP_SQL} AS "grp" FROM "EvaluationResponse" r WHERE "releaseBatch" IS NOT NULL AND "cohortId" = ANY($4::text[])),
          cells AS (
            SELECT r."cohortId", r."releaseBatch", r."grp", '' AS "itemId", count(*) AS "n" FROM r GROUP BY 1, 2, 3
            UNION ALL
            SELECT r."cohortId", r."releaseBatch", r."grp", a."itemId", count(*) FROM "EvaluationAnswer" a JOIN r ON r."id" = a."responseId"
             WHERE ${ANSWERED_SQL} GROUP BY 1, 2, 3, 4)
     SELECT "cohortId", "releaseBatch" AS "batch", string_agg("grp" || '|' || "itemId" || '|' || "n", ',') AS "cells" FROM cells GROUP BY 1, 2
      ORDER BY 1, 2`;

// Atoms a FETCH: 12,000 atoms read at once took 34 MiB that the process kept; 500 a FETCH still
// left 30-40 MiB behind the rebuild of one 60,000-response cohort, 100 about 27 (decision 033, "Later").
const ATOM_FETCH = 100;

/**
 * Counts every atom in one query and hands each decided atom to `take` as soon
 * as it is decided, so a caller that folds atoms into sums never holds them
 * all: a decided atom has a map and a set per item (about 9 KiB with the core
 * items), 12,000 of them took 100 MiB (decision 033).
 *
 * The query's answer (one row per atom) is read through a server-side cursor,
 * `ATOM_FETCH` rows at a time, in a read-only transaction on one pooled
 * connection: the same single query and plan (`cursor_tuple_fraction = 1`, so
 * the planner does not trade it for a fast-start plan), only never all of its
 * rows in this process at once. `take` runs synchronously, so an atom is
 * garbage before the next one is made; `afterEachFetch` runs once a fetched
 * page is done and dropped, for the caller's own queries. Nothing decided is
 * kept across a wait for the database: what survives a wait, V8 learns to
 * allocate straight into its old generation, where it stays until a full
 * collection (decision 033, "Later").
 */
export async function countAtoms(
  items: FormItem[],
  cohortIds: string[],
  take: (atom: Atom) => void,
  afterEachFetch: () => Promise<void> = async () => {},
): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SET TRANSACTION READ ONLY`);
      await tx.$executeRawUnsafe(`SET LOCAL cursor_tuple_fraction = 1`);
      await tx.$executeRawUnsafe(
        `DECLARE atom_counts NO SCROLL CURSOR FOR ${ATOM_COUNTS_SQL}`,
        idsOf(items, (item) => item.type === "scale10"),
        idsOf(items, (item) => item.type === "text"),
        idsOf(items, isChoice),
        cohortIds,
      );
      for (;;) {
        const rows = await tx.$queryRawUnsafe<{ cohortId: string; batch: number; cells: string }[]>(
          `FETCH ${ATOM_FETCH} FROM atom_counts`,
        );
        const last = rows.length < ATOM_FETCH;
        for (let index = 0; index < rows.length; index++) {
          const { cohortId, batch, cells } = rows[index];
          take({ cohortId, batch, ...releaseAtom(atomCounts(cells, items), items) });
        }
        rows.length = 0;
        await afterEachFetch();
        if (last) return;
      }
    },
    // The whole national set's atoms take seconds under load; Prisma's default is 5 s.
    { maxWait: 10_000, timeout: 300_000 },
  );
}

/** An atom's counts from its `cells` ("group|item|n,..."; item "" for the respondents). */
function atomCounts(cells: string, items: FormItem[]): AtomCounts {
  const counts: AtomCounts = {
    respondents: emptyGroups(),
    answered: new Map(items.map((item) => [item.id, emptyGroups()])),
  };
  for (const cell of cells.split(",")) {
    const [group, itemId, n] = cell.split("|") as [SectorGroup, string, string];
    if (itemId === "") counts.respondents[group] = Number(n);
    else counts.answered.get(itemId)![group] = Number(n);
  }
  return counts;
}

export type ValueRow = {
  cohortId: string;
  itemId: string;
  grp: GroupKey;
  value: string;
  n: number;
};

/**
 * The cells of decided atoms that step 2 counts, as columns of plain values,
 * one entry per atom: its cohort, batch and whether it is released; the items
 * its decision hides from "all" ("C1,C2"); the sector cells it shows
 * ("C1:sport,C3:anders"). Short parameters: the database client keeps the
 * arguments of its last calls for its debug log.
 */
export type CellSelection = {
  cohortId: string[];
  batch: number[];
  released: boolean[];
  hidden: string[];
  shown: string[];
};

export const emptySelection = (): CellSelection => ({
  cohortId: [],
  batch: [],
  released: [],
  hidden: [],
  shown: [],
});

/** Adds what step 2 needs of a decided atom to `selection` (the atom itself is not kept). */
export function selectCells(selection: CellSelection, atom: Atom, items: FormItem[]): void {
  const hidden: string[] = [];
  const shown: string[] = [];
  for (const item of items) {
    if (item.type === "text") continue;
    const release = atom.items.get(item.id);
    if (!atom.released || !release?.all) hidden.push(item.id);
    for (const group of release?.groups ?? []) shown.push(`${item.id}:${group}`);
  }
  selection.cohortId.push(atom.cohortId);
  selection.batch.push(atom.batch);
  selection.released.push(atom.released);
  selection.hidden.push(hidden.join(","));
  selection.shown.push(shown.join(","));
}

/**
 * Step 2: per cohort, answers per item, group and score or option, over the
 * released cells of the selected atoms only; and per item the free texts of
 * its released atoms (as `loadTexts` lists them).
 */
export async function loadValueRows(
  selection: CellSelection,
  items: FormItem[],
): Promise<ValueRow[]> {
  const counted = items.filter((item) => item.type !== "text");
  if (selection.cohortId.length === 0) return [];
  return db.$queryRawUnsafe<ValueRow[]>(
    `WITH picked("cohortId", "batch", "released", "hidden", "shown") AS (SELECT * FROM unnest($4::text[], $5::int[], $6::boolean[], $7::text[], $8::text[])),
          atoms AS (SELECT "cohortId", "batch", "released" FROM picked),
          hidden("cohortId", "batch", "itemId") AS (
            SELECT p."cohortId", p."batch", h FROM picked p CROSS JOIN LATERAL unnest(string_to_array(NULLIF(p."hidden", ''), ',')) AS h),
          shown("cohortId", "batch", "itemId", "grp") AS (
            SELECT p."cohortId", p."batch", split_part(c, ':', 1), split_part(c, ':', 2) FROM picked p CROSS JOIN LATERAL unnest(string_to_array(NULLIF(p."shown", ''), ',')) AS c),
          cells AS (
            SELECT r."cohortId", r."releaseBatch" AS "batch", ${GROUP_SQL} AS "grp", a."itemId", v."value"
              FROM "EvaluationResponse" r JOIN atoms ON atoms."cohortId" = r."cohortId" AND atoms."batch" = r."releaseBatch"
              JOIN "EvaluationAnswer" a ON a."responseId" = r."id" AND ${ANSWERED_SQL}
              CROSS JOIN LATERAL unnest(CASE WHEN a."itemId" = ANY($1::text[]) THEN ARRAY[a."number"::text] ELSE a."choices" END) AS v("value"))
     SELECT c."cohortId", c."itemId", 'all' AS "grp", c."value", count(*)::int AS "n" FROM cells c
      WHERE NOT EXISTS (SELECT 1 FROM hidden h WHERE h."cohortId" = c."cohortId" AND h."batch" = c."batch" AND h."itemId" = c."itemId")
      GROUP BY 1, 2, 4
     UNION ALL
     SELECT c."cohortId", c."itemId", c."grp", c."value", count(*)::int FROM cells c
       JOIN shown s ON s."cohortId" = c."cohortId" AND s."batch" = c."batch" AND s."itemId" = c."itemId" AND s."grp" = c."grp"
      GROUP BY 1, 2, 3, 4
     UNION ALL
     SELECT r."cohortId", a."itemId", 'text', '', count(*)::int
       FROM "EvaluationResponse" r JOIN atoms ON atoms."cohortId" = r."cohortId" AND atoms."batch" = r."releaseBatch" AND atoms."released"
       JOIN "EvaluationAnswer" a ON a."responseId" = r."id" AND a."itemId" = ANY($9::text[]) AND a."text" <> ''
      GROUP BY 1, 2`,
    idsOf(counted, (item) => item.type === "scale10"),
    [],
    idsOf(counted, isChoice),
    selection.cohortId,
    selection.batch,
    selection.released,
    selection.hidden,
    selection.shown,
    idsOf(items, withText),
  );
}

// From this many released respondents on, walking each item's answers in id order finds a page soonest.
const WALK_FROM = 2000;

/**
 * Step 3's free texts: of released atoms of `cohortIds` only, as `buildReport`
 * lists them: per item the first `limit` in the order of the random response
 * id, which says nothing about who came first (`loadTextPage` reads the pages
 * after it). How many there are comes with the stored value counts.
 *
 * Two plans for the same rows: a large selection walks each item's answers in
 * id order and checks each one's batch until the page is full; a small one
 * starts from its cohorts' released responses instead.
 */
export async function loadTexts(
  cohortIds: string[],
  itemsKey: string,
  items: FormItem[],
  limit: number | null,
  counts: Map<string, number>,
  respondents: number,
  reader: Pick<typeof db, "$queryRawUnsafe"> = db,
): Promise<Map<string, TextPage>> {
  const ids = items.filter(withText).map((item) => item.id);
  const result = new Map<string, TextPage>(
    ids.map((id) => [id, { texts: [], count: counts.get(id) ?? 0 }]),
  );
  if (cohortIds.length === 0) return result;
  const rows = await reader.$queryRawUnsafe<{ itemId: string; text: string }[]>(
    limit !== null && respondents >= WALK_FROM
      ? `SELECT i."itemId", t."text" FROM unnest($3::text[]) AS i("itemId")
          CROSS JOIN LATERAL (
            SELECT a."text" FROM "EvaluationAnswer" a
             WHERE a."itemId" = i."itemId" AND a."text" <> ''
               AND (SELECT r."releaseBatch" = ANY(s."releasedBatches") FROM "EvaluationResponse" r
                      JOIN "EvaluationCohortSums" s ON s."cohortId" = r."cohortId" AND s."itemsKey" = $2
                     WHERE r."id" = a."responseId" AND r."cohortId" = ANY($1::text[]))
             ORDER BY a."responseId" LIMIT $4::int) t`
      : `SELECT "itemId", "text" FROM (
           SELECT a."itemId", a."text", row_number() OVER (PARTITION BY a."itemId" ORDER BY r."id") AS "rank"
             FROM "EvaluationCohortSums" s
             JOIN "EvaluationResponse" r ON r."cohortId" = s."cohortId" AND r."releaseBatch" = ANY(s."releasedBatches")
             JOIN "EvaluationAnswer" a ON a."responseId" = r."id"
            WHERE s."cohortId" = ANY($1::text[]) AND s."itemsKey" = $2 AND a."itemId" = ANY($3::text[]) AND a."text" <> '') t
          WHERE $4::int IS NULL OR "rank" <= $4::int ORDER BY "rank"`,
    cohortIds,
    itemsKey,
    ids,
    limit,
  );
  for (const row of rows) result.get(row.itemId)?.texts.push(row.text);
  return result;
}

/** One page of an item's free texts of released atoms (`offset`, `limit`), in the order of `loadTexts`. */
export async function loadTextPage(
  cohortIds: string[],
  itemsKey: string,
  itemId: string,
  offset: number,
  limit: number,
): Promise<TextPage> {
  if (cohortIds.length === 0) return { texts: [], count: 0 };
  const rows = await db.$queryRawUnsafe<
    { id: string | null; text: string | null; count: number }[]
  >(
    `WITH t AS (
       SELECT r."id", a."text" FROM "EvaluationCohortSums" s
         JOIN "EvaluationResponse" r ON r."cohortId" = s."cohortId" AND r."releaseBatch" = ANY(s."releasedBatches")
         JOIN "EvaluationAnswer" a ON a."responseId" = r."id" AND a."itemId" = $3 AND a."text" <> ''
        WHERE s."cohortId" = ANY($1::text[]) AND s."itemsKey" = $2)
     SELECT NULL AS "id", NULL AS "text", count(*)::int AS "count" FROM t
     UNION ALL
     (SELECT "id", "text", 0 FROM t ORDER BY "id" OFFSET $4 LIMIT $5)`,
    cohortIds,
    itemsKey,
    itemId,
    offset,
    limit,
  );
  const texts = rows.filter((row) => row.id !== null);
  texts.sort((a, b) => (a.id! < b.id! ? -1 : a.id! > b.id! ? 1 : 0));
  return {
    count: rows.find((row) => row.id === null)?.count ?? 0,
    texts: texts.map((row) => row.text ?? ""),
  };
}

// 100 rows a page: a page of 500 (its JSON read at once) kept 30 MiB more alive between collections at 60,000 rows (decision 033).
const PAGE = 100;

type StreamedRow = ResponseRow & { id: string; cohortId: string; batch: number };

/**
 * The per-respondent rows of the released batches of `cohortIds` for a
 * streamed export, one page at a time, in the order of batch and then the
 * random id (which says nothing about who came first). Rows are held one
 * batch at a time: when a batch is complete, `releaseCohort` decides on it
 * (rules 1-3, 6) and each of its rows passes rule 4 (`releasedRow`), the same
 * functions as for the file built in memory. Memory holds a page and a batch.
 */
export async function* releasedRowPages(
  cohortIds: string[],
  items: FormItem[],
): AsyncGenerator<ReleasedRow[]> {
  const exported = exportedItems(items);
  let atom: StreamedRow[] = [];
  const decide = (rows: StreamedRow[]) => {
    const release = releaseCohort(rows, items);
    return rows.flatMap((row) => releasedRow(release, row, exported) ?? []);
  };
  let after: [string, number, string] = ["", 0, ""];
  for (;;) {
    const page = await db.$queryRawUnsafe<StreamedRow[]>(
      `SELECT r."id", r."cohortId", r."releaseBatch" AS "batch", r."sector", r."questionnaireVersion",
              COALESCE((SELECT json_agg(json_build_object('itemId', a."itemId", 'number', a."number", 'text', a."text", 'choices', a."choices"))
                          FROM "EvaluationAnswer" a WHERE a."responseId" = r."id"), '[]') AS "answers"
         FROM "EvaluationResponse" r
        WHERE r."cohortId" = ANY($1::text[]) AND r."releaseBatch" IS NOT NULL AND (r."cohortId", r."releaseBatch", r."id") > ($2, $3::int, $4)
        ORDER BY r."cohortId", r."releaseBatch", r."id" LIMIT ${PAGE}`,
      cohortIds,
      ...after,
    );
    const full = page.length === PAGE;
    if (full) after = [page[PAGE - 1].cohortId, page[PAGE - 1].batch, page[PAGE - 1].id];
    const out: ReleasedRow[] = [];
    for (let index = 0; index < page.length; index++) {
      const row = page[index];
      if (atom.length && (atom[0].cohortId !== row.cohortId || atom[0].batch !== row.batch)) {
        for (const released of decide(atom)) out.push(released);
        atom = [];
      }
      atom.push(row);
    }
    // Nothing of this page outlives it but the open batch's rows: the
    // generator's frame would otherwise keep the page's array (and each row's
    // answers) alive while the caller writes `out`.
    page.length = 0;
    if (!full && atom.length) {
      for (const released of decide(atom)) out.push(released);
      atom = [];
    }
    if (out.length) yield out;
    if (!full) return;
  }
}
