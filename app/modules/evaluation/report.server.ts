import { db } from "~/utils/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { buildReport, type Report } from "./aggregate";
import { differencingRefusal, releaseCohort, releasedCounts, type CohortRelease, type ResponseRow } from "./disclosure";
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
      select: { cohortId: true, releaseBatch: true, sector: true, questionnaireVersion: true, answers: { select: { itemId: true, number: true, text: true, choices: true } } },
    }),
    db.evaluationResponse.groupBy({ by: ["cohortId"], where: { ...where, releaseBatch: null }, _count: { _all: true } }),
  ]);
  const byCohort = new Map<string, { batches: Map<number, ResponseRow[]>; waiting: number }>();
  const entry = (cohortId: string) => {
    const found = byCohort.get(cohortId) ?? { batches: new Map<number, ResponseRow[]>(), waiting: 0 };
    byCohort.set(cohortId, found);
    return found;
  };
  for (const { cohortId, releaseBatch, ...row } of responses) {
    const { batches } = entry(cohortId);
    batches.set(releaseBatch as number, [...(batches.get(releaseBatch as number) ?? []), row]);
  }
  for (const group of waiting) entry(group.cohortId).waiting = group._count._all;
  return [...byCohort].map(([cohortId, { batches, waiting: count }]) => ({ cohortId, batches: [...batches.values()], waiting: count }));
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
  const firstWeeks = await db.evaluationResponse.groupBy({ by: ["cohortId"], where: { cohortId: { in: cohorts.map((cohort) => cohort.id) }, releaseBatch: { not: null } }, _min: { submittedWeek: true } });
  const from = filter.from ? mondayOf(new Date(`${filter.from}T00:00:00Z`)) : null;
  const to = filter.to ? new Date(`${filter.to}T00:00:00Z`) : null;
  return firstWeeks
    .filter(({ _min }) => _min.submittedWeek && (!from || _min.submittedWeek >= from) && (!to || _min.submittedWeek <= to))
    .map((group) => group.cohortId);
}

/** Every release batch decides on its own what it may show (rules 1-3 per batch); figures are sums of those parts. */
const releaseBatches = (cohort: CohortRows, items: FormItem[]) => cohort.batches.map((rows) => releaseCohort(rows, items));
const release = (cohorts: CohortRows[], items: FormItem[]) => cohorts.flatMap((cohort) => releaseBatches(cohort, items));
const waitingOf = (cohorts: CohortRows[]) => cohorts.reduce((sum, cohort) => sum + cohort.waiting, 0);

/** The report of one cohort: core items and the cohort's local questions. */
export async function getCohortReport({ cohortId }: { cohortId: string }): Promise<{ report: Report; items: FormItem[]; cohorts: CohortRelease[] }> {
  const [items, loaded] = await Promise.all([getFormItems({ cohortId }), loadResponses({ cohortId })]);
  const cohorts = release(loaded, items);
  return { report: buildReport(cohorts, items, waitingOf(loaded)), items, cohorts };
}

export type AdminReport = { refused: false; report: Report; items: FormItem[]; cohorts: CohortRelease[]; cohortCount: number } | { refused: true };

const FILTER_KEYS = ["from", "to", "place", "orgId"] as const;

/**
 * The report across all cohorts (core items only: local questions differ per
 * cohort). Refused when it differs by 1-4 from what an admin can also ask
 * for: the same filter with one condition left out, or one cohort's report.
 */
export async function getAdminReport({ filter }: { filter: AdminFilter }): Promise<AdminReport> {
  const items = coreItems();
  const [all, selected] = await Promise.all([loadResponses({}), cohortsMatching(filter)]);
  const releases = new Map(all.map((cohort) => [cohort.cohortId, releaseBatches(cohort, items)]));
  const waiting = new Map(all.map((cohort) => [cohort.cohortId, cohort.waiting]));
  const pick = (ids: string[]) => ids.flatMap((id) => releases.get(id) ?? []);
  const cohorts = pick(selected);
  const requested = releasedCounts(cohorts, items);
  const wider = await Promise.all(
    FILTER_KEYS.filter((key) => filter[key]).map(async (key) => releasedCounts(pick(await cohortsMatching({ ...filter, [key]: undefined })), items)),
  );
  const single = selected.map((id) => releasedCounts(releases.get(id) ?? [], items));
  if (differencingRefusal(requested, [...wider, ...single]).length > 0) return { refused: true };
  const cohortCount = selected.filter((id) => (releases.get(id) ?? []).some((batch) => batch.released)).length;
  const waitingCount = selected.reduce((sum, id) => sum + (waiting.get(id) ?? 0), 0);
  return { refused: false, report: buildReport(cohorts, items, waitingCount), items, cohorts, cohortCount };
}

/** Choices for the admin filter: the places of cohorts and the organisations linked to cohorts. */
export async function getAdminFilterOptions() {
  const [places, organisations] = await Promise.all([
    db.cohort.findMany({ distinct: ["place"], select: { place: true }, orderBy: { place: "asc" } }),
    db.organisation.findMany({ where: { cohorts: { some: {} } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { places: places.map((cohort) => cohort.place), organisations };
}

/** The released parts of every cohort, or of one, for comparisons. */
export async function loadReleasesForComparison({ cohortId, items }: { cohortId: string | null; items: FormItem[] }): Promise<CohortRelease[]> {
  return release(await loadResponses(cohortId ? { cohortId } : {}), items);
}

export async function getCohortName({ cohortId }: { cohortId: string }): Promise<string | null> {
  return (await db.cohort.findFirst({ where: { id: cohortId }, select: { name: true } }))?.name ?? null;
}
