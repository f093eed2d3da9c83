import { db } from "~/utils/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { buildReport, buildReportFromSums, type Report } from "./aggregate";
import { countsOfSums, emptySums, sumAtoms } from "./atom-sums";
import {
  itemsKeyOf,
  loadCohortSums,
  loadSummedValues,
  readCohortSums,
  rebuildCohortSums,
  sumOfCohorts,
  type CohortSums,
} from "./cohort-sums.server";
import {
  differencingRefusal,
  releaseCohort,
  type CohortRelease,
  type RespondentCounts,
  type ResponseRow,
} from "./disclosure";
import { loadTextPage, loadTexts } from "./report-sql.server";
import { getFormItems } from "./form-items.server";
import { coreItems } from "./questionnaire";
import type { FormItem } from "./types";
import { mondayOf } from "./week";

/** A cohort's released responses, one list per release batch (each batch an atom of decision 008, rule 6), and how many wait. */
type CohortRows = { cohortId: string; batches: ResponseRow[][]; waiting: number };

// Reads anonymous responses only: nothing in this file (or any report file) touches receipts.
// Only released responses are read (rule 6); of the waiting ones only their number per cohort.
async function loadResponses(where: Prisma.EvaluationResponseWhereInput): Promise<CohortRows[]> {
  const [responses, waiting] = await Promise.all([
    db.evaluationResponse.findMany({
      where: { ...where, releaseBatch: { not: null } },
      // The id is random, so this order says nothing about when someone answered.
      orderBy: { id: "asc" },
      select: {
        cohortId: true,
        releaseBatch: true,
        sector: true,
        questionnaireVersion: true,
        answers: { select: { itemId: true, number: true, text: true, choices: true } },
      },
    }),
    db.evaluationResponse.groupBy({
      by: ["cohortId"],
      where: { ...where, releaseBatch: null },
      _count: { _all: true },
    }),
  ]);
  const byCohort = new Map<string, { batches: Map<number, ResponseRow[]>; waiting: number }>();
  const entry = (cohortId: string) => {
    const found = byCohort.get(cohortId) ?? {
      batches: new Map<number, ResponseRow[]>(),
      waiting: 0,
    };
    byCohort.set(cohortId, found);
    return found;
  };
  for (const { cohortId, releaseBatch, ...row } of responses) {
    const { batches } = entry(cohortId);
    batches.set(releaseBatch as number, [...(batches.get(releaseBatch as number) ?? []), row]);
  }
  for (const group of waiting) entry(group.cohortId).waiting = group._count._all;
  return [...byCohort].map(([cohortId, { batches, waiting: count }]) => ({
    cohortId,
    batches: [...batches.values()],
    waiting: count,
  }));
}

export type AdminFilter = { from?: string; to?: string; place?: string; orgId?: string };

/**
 * The cohorts a filter selects. Always whole cohorts (decision 008, rule 3):
 * place and organisation are properties of a cohort, and a cohort falls in
 * the period when the first week it received answers does.
 */
async function cohortsMatching(filter: AdminFilter): Promise<string[]> {
  const cohorts = await db.cohort.findMany({
    where: {
      ...(filter.place ? { place: filter.place } : {}),
      ...(filter.orgId ? { organisations: { some: { orgId: filter.orgId } } } : {}),
    },
    select: { id: true },
  });
  if (!filter.from && !filter.to) return cohorts.map((cohort) => cohort.id);
  // The first week of released answers (rule 6): a cohort with only waiting answers falls in no period yet.
  const firstWeeks = await db.evaluationResponse.groupBy({
    by: ["cohortId"],
    where: { cohortId: { in: cohorts.map((cohort) => cohort.id) }, releaseBatch: { not: null } },
    _min: { submittedWeek: true },
  });
  const from = filter.from ? mondayOf(new Date(`${filter.from}T00:00:00Z`)) : null;
  const to = filter.to ? new Date(`${filter.to}T00:00:00Z`) : null;
  return firstWeeks
    .filter(
      ({ _min }) =>
        _min.submittedWeek &&
        (!from || _min.submittedWeek >= from) &&
        (!to || _min.submittedWeek <= to),
    )
    .map((group) => group.cohortId);
}

/** Every release batch decides on its own what it may show (rules 1-3 per batch); figures are sums of those parts. */
const releaseBatches = (cohort: CohortRows, items: FormItem[]) =>
  cohort.batches.map((rows) => releaseCohort(rows, items));
const release = (cohorts: CohortRows[], items: FormItem[]) =>
  cohorts.flatMap((cohort) => releaseBatches(cohort, items));
const waitingOf = (cohorts: CohortRows[]) =>
  cohorts.reduce((sum, cohort) => sum + cohort.waiting, 0);

/** The report of one cohort: core items and the cohort's local questions. */
export async function getCohortReport({
  cohortId,
}: {
  cohortId: string;
}): Promise<{ report: Report; items: FormItem[]; cohorts: CohortRelease[] }> {
  const [items, loaded] = await Promise.all([
    getFormItems({ cohortId }),
    loadResponses({ cohortId }),
  ]);
  const cohorts = release(loaded, items);
  return { report: buildReport(cohorts, items, waitingOf(loaded)), items, cohorts };
}

export type AdminReport =
  { refused: false; report: Report; items: FormItem[]; cohortCount: number } | { refused: true };
export type AdminRowSource =
  { refused: false; items: FormItem[]; cohortIds: string[]; any: boolean } | { refused: true };

const FILTER_KEYS = ["from", "to", "place", "orgId"] as const;

/**
 * Which cohorts a filter selects, or a refusal (rule 3): refused when the
 * result differs by 1-4 from what an admin can also ask for: the same filter
 * with one condition left out, or one cohort's report. `sums` holds what the
 * atoms of every cohort add up to (from rows or stored: the same decisions).
 */
async function adminSelection(
  filter: AdminFilter,
  sums: CohortSums,
  items: FormItem[],
): Promise<{ refused: true } | { refused: false; selected: string[] }> {
  const selected = await cohortsMatching(filter);
  const countsOf = (ids: string[]) => countsOfSums(sumOfCohorts(sums, ids, items), items);
  const requested = countsOf(selected);
  const wider = await Promise.all(
    FILTER_KEYS.filter((key) => filter[key]).map(async (key) =>
      countsOf(await cohortsMatching({ ...filter, [key]: undefined })),
    ),
  );
  const none = emptySums(items);
  const single = selected.map((id) => countsOfSums(sums.get(id) ?? none, items));
  if (differencingRefusal(requested, [...wider, ...single]).length > 0) return { refused: true };
  return { refused: false, selected };
}

async function waitingByCohort(
  reader: Pick<typeof db, "evaluationResponse"> = db,
): Promise<Map<string, number>> {
  const waiting = await reader.evaluationResponse.groupBy({
    by: ["cohortId"],
    where: { releaseBatch: null },
    _count: { _all: true },
  });
  return new Map(waiting.map((group) => [group.cohortId, group._count._all]));
}

const countCohorts = (selected: string[], sums: CohortSums) =>
  selected.filter((id) => sums.get(id)?.released).length;
const sumWaiting = (selected: string[], waiting: Map<string, number>) =>
  selected.reduce((sum, id) => sum + (waiting.get(id) ?? 0), 0);

/**
 * The report across all cohorts (core items only: local questions differ per
 * cohort): the stored sums of the selected cohorts' decided batches
 * (cohort-sums.server.ts) added up. Equal to `getAdminReportFromRows` (tested).
 */
export async function getAdminReport({
  filter,
  textsPerItem = null,
}: {
  filter: AdminFilter;
  /** Free texts per item to read (the page shows a first page, `getAdminTexts` the rest); null: all. */
  textsPerItem?: number | null;
}): Promise<AdminReport> {
  const items = coreItems();
  await rebuildCohortSums(items);
  // Sums, values, texts and the waiting count from one moment: a batch released between two reads
  // would otherwise mix two releases in one page.
  return db.$transaction(
    async (tx) => {
      const sums = await readCohortSums(items, tx);
      const waiting = await waitingByCohort(tx);
      const selection = await adminSelection(filter, sums, items);
      if (selection.refused) return { refused: true };
      const selected = sumOfCohorts(sums, selection.selected, items);
      const { values, textCounts } = await loadSummedValues(selection.selected, items, tx);
      const texts = await loadTexts(
        selection.selected,
        itemsKeyOf(items),
        items,
        textsPerItem,
        textCounts,
        selected.respondents,
        tx,
      );
      return {
        refused: false,
        report: buildReportFromSums(
          selected,
          items,
          values,
          texts,
          sumWaiting(selection.selected, waiting),
        ),
        items,
        cohortCount: countCohorts(selection.selected, sums),
      };
    },
    { isolationLevel: "RepeatableRead", maxWait: 10_000, timeout: 60_000 },
  );
}

export type AdminTexts =
  | { refused: true }
  | { refused: false; item: FormItem; texts: string[]; count: number; page: number; pages: number };

/**
 * One page of the free texts to one core item of the admin report, for the
 * same filter and with the same refusal: from released batches only
 * (decision 008, rule 6), in the order of the random response id. Null for an
 * item without free text.
 */
export async function getAdminTexts({
  filter,
  itemId,
  page,
  perPage,
}: {
  filter: AdminFilter;
  itemId: string;
  page: number;
  perPage: number;
}): Promise<AdminTexts | null> {
  const items = coreItems();
  const item = items.find(
    (candidate) =>
      candidate.id === itemId && (candidate.type === "text" || candidate.type === "scale10"),
  );
  if (!item) return null;
  const selection = await adminSelection(filter, await loadCohortSums(items), items);
  if (selection.refused) return { refused: true };
  const { texts, count } = await loadTextPage(
    selection.selected,
    itemsKeyOf(items),
    item.id,
    (page - 1) * perPage,
    perPage,
  );
  return {
    refused: false,
    item,
    texts,
    count,
    page,
    pages: Math.max(1, Math.ceil(count / perPage)),
  };
}

/** The same report from rows, aggregated in JavaScript: the reference the SQL path is tested against. */
export async function getAdminReportFromRows({
  filter,
}: {
  filter: AdminFilter;
}): Promise<AdminReport> {
  const items = coreItems();
  const all = await loadResponses({});
  const releases = new Map(all.map((cohort) => [cohort.cohortId, releaseBatches(cohort, items)]));
  const sums: CohortSums = new Map(
    [...releases].map(([cohortId, atoms]) => [cohortId, sumAtoms(atoms, items)]),
  );
  const selection = await adminSelection(filter, sums, items);
  if (selection.refused) return { refused: true };
  const waiting = new Map(all.map((cohort) => [cohort.cohortId, cohort.waiting]));
  const atoms = selection.selected.flatMap((id) => releases.get(id) ?? []);
  return {
    refused: false,
    report: buildReport(atoms, items, sumWaiting(selection.selected, waiting)),
    items,
    cohortCount: countCohorts(selection.selected, sums),
  };
}

/**
 * The cohorts of the admin's streamed per-respondent export, or the same
 * refusal as the report. Decided on per-cohort sums of released batch counts,
 * so memory grows with cohorts, not with responses.
 */
export async function getAdminRowSource({
  filter,
}: {
  filter: AdminFilter;
}): Promise<AdminRowSource> {
  const items = coreItems();
  const perCohort = new Map(
    [...(await loadCohortSums(items))].map(([id, sums]) => [id, countsOfSums(sums, items)]),
  );
  const empty: RespondentCounts = { respondents: 0, answered: {} };
  const sumOf = (ids: string[]) =>
    ids.reduce<RespondentCounts>((sum, id) => {
      const counts = perCohort.get(id) ?? empty;
      return {
        respondents: sum.respondents + counts.respondents,
        answered: Object.fromEntries(
          items.map((item) => [
            item.id,
            (sum.answered[item.id] ?? 0) + (counts.answered[item.id] ?? 0),
          ]),
        ),
      };
    }, empty);
  const selected = (await cohortsMatching(filter)).filter((id) => perCohort.has(id));
  const wider = await Promise.all(
    FILTER_KEYS.filter((key) => filter[key]).map(async (key) =>
      sumOf(await cohortsMatching({ ...filter, [key]: undefined })),
    ),
  );
  const single = selected.map((id) => perCohort.get(id) ?? empty);
  if (differencingRefusal(sumOf(selected), [...wider, ...single]).length > 0)
    return { refused: true };
  return {
    refused: false,
    items,
    cohortIds: selected,
    any: selected.some((id) => (perCohort.get(id)?.respondents ?? 0) > 0),
  };
}

/** A cohort's items (core and its local questions) for its streamed per-respondent export. */
export async function getCohortRowSource({
  cohortId,
}: {
  cohortId: string;
}): Promise<{ items: FormItem[]; cohortIds: string[]; any: boolean }> {
  const items = await getFormItems({ cohortId });
  const any =
    (await db.evaluationResponse.count({ where: { cohortId, releaseBatch: { not: null } } })) > 0;
  return { items, cohortIds: [cohortId], any };
}

/** Choices for the admin filter: the places of cohorts and the organisations linked to cohorts. */
export async function getAdminFilterOptions() {
  const [places, organisations] = await Promise.all([
    db.cohort.findMany({ distinct: ["place"], select: { place: true }, orderBy: { place: "asc" } }),
    db.organisation.findMany({
      where: { cohorts: { some: {} } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { places: places.map((cohort) => cohort.place), organisations };
}

/** The released parts of every cohort, or of one, for comparisons. */
export async function loadReleasesForComparison({
  cohortId,
  items,
}: {
  cohortId: string | null;
  items: FormItem[];
}): Promise<CohortRelease[]> {
  return release(await loadResponses(cohortId ? { cohortId } : {}), items);
}

export async function getCohortName({ cohortId }: { cohortId: string }): Promise<string | null> {
  return (
    (await db.cohort.findFirst({ where: { id: cohortId }, select: { name: true } }))?.name ?? null
  );
}
