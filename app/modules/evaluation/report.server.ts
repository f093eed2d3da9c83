import { db } from "~/utils/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { buildReport, type Report, type ResponseRow } from "./aggregate";
import { getFormItems } from "./form-items.server";
import { coreItems } from "./questionnaire";
import type { FormItem } from "./types";
import { mondayOf } from "./week";

// Reads anonymous responses only: nothing in this file (or any report file) touches receipts.
async function loadResponses(where: Prisma.EvaluationResponseWhereInput): Promise<ResponseRow[]> {
  return db.evaluationResponse.findMany({
    where,
    // The id is random, so this order says nothing about when someone answered.
    orderBy: { id: "asc" },
    select: { sector: true, questionnaireVersion: true, answers: { select: { itemId: true, number: true, text: true, choices: true } } },
  });
}

export type AdminFilter = { from?: string; to?: string; place?: string; orgId?: string };

function adminWhere(filter: AdminFilter): Prisma.EvaluationResponseWhereInput {
  const week: Prisma.DateTimeFilter = {};
  if (filter.from) week.gte = mondayOf(new Date(`${filter.from}T00:00:00Z`));
  if (filter.to) week.lte = new Date(`${filter.to}T00:00:00Z`);
  return {
    ...(filter.from || filter.to ? { submittedWeek: week } : {}),
    cohort: {
      ...(filter.place ? { place: filter.place } : {}),
      ...(filter.orgId ? { organisations: { some: { orgId: filter.orgId } } } : {}),
    },
  };
}

/** The report of one cohort: core items and the cohort's local questions. */
export async function getCohortReport({ cohortId }: { cohortId: string }): Promise<{ report: Report; items: FormItem[]; rows: ResponseRow[] }> {
  const [items, rows] = await Promise.all([getFormItems({ cohortId }), loadResponses({ cohortId })]);
  return { report: buildReport(rows, items), items, rows };
}

/** The report across all cohorts (core items only: local questions differ per cohort). */
export async function getAdminReport({ filter }: { filter: AdminFilter }): Promise<{ report: Report; items: FormItem[]; rows: ResponseRow[]; cohorts: number }> {
  const where = adminWhere(filter);
  const items = coreItems();
  const [rows, cohorts] = await Promise.all([
    loadResponses(where),
    db.evaluationResponse.groupBy({ by: ["cohortId"], where }).then((groups) => groups.length),
  ]);
  return { report: buildReport(rows, items), items, rows, cohorts };
}

/** Choices for the admin filter: the places of cohorts and the organisations linked to cohorts. */
export async function getAdminFilterOptions() {
  const [places, organisations] = await Promise.all([
    db.cohort.findMany({ distinct: ["place"], select: { place: true }, orderBy: { place: "asc" } }),
    db.organisation.findMany({ where: { cohorts: { some: {} } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { places: places.map((cohort) => cohort.place), organisations };
}

/** Rows of every cohort, or of one, for comparisons. */
export function loadResponsesForComparison({ cohortId }: { cohortId: string | null }): Promise<ResponseRow[]> {
  return loadResponses(cohortId ? { cohortId } : {});
}

export async function getCohortName({ cohortId }: { cohortId: string }): Promise<string | null> {
  return (await db.cohort.findFirst({ where: { id: cohortId }, select: { name: true } }))?.name ?? null;
}
