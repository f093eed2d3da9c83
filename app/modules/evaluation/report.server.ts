import { db } from "~/utils/db.server";
import { Prisma } from "~/generated/prisma/client";
import { buildReport, type Report, type ResponseRow } from "./aggregate";
import { getFormItems } from "./form-items.server";
import { coreItems } from "./questionnaire";
import type { FormItem } from "./types";
import { reportInSql } from "./report-sql.server";
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

/** The admin filter as an SQL condition on the response `s`. */
export function adminWhereSql(filter: AdminFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.from) conditions.push(Prisma.sql`s."submittedWeek" >= ${mondayOf(new Date(`${filter.from}T00:00:00Z`))}::date`);
  if (filter.to) conditions.push(Prisma.sql`s."submittedWeek" <= ${`${filter.to}`}::date`);
  // The cohorts first, as an array: PostgreSQL then reads their responses by the cohortId index instead of scanning them all.
  if (filter.place) conditions.push(Prisma.sql`s."cohortId" = ANY (ARRAY(SELECT c."id" FROM "Cohort" c WHERE c."place" = ${filter.place}))`);
  if (filter.orgId) conditions.push(Prisma.sql`s."cohortId" = ANY (ARRAY(SELECT co."cohortId" FROM "CohortOrganisation" co WHERE co."orgId" = ${filter.orgId}))`);
  return Prisma.join(conditions, " AND ");
}

/** The report of one cohort: core items and the cohort's local questions. */
export async function getCohortReport({ cohortId }: { cohortId: string }): Promise<{ report: Report; items: FormItem[]; rows: ResponseRow[] }> {
  const [items, rows] = await Promise.all([getFormItems({ cohortId }), loadResponses({ cohortId })]);
  return { report: buildReport(rows, items), items, rows };
}

/**
 * The report across all cohorts (core items only: local questions differ per
 * cohort), counted in SQL: it covers every response of the programme.
 */
export async function getAdminReport({ filter }: { filter: AdminFilter }): Promise<{ report: Report; items: FormItem[]; cohorts: number }> {
  const items = coreItems();
  const { report, cohorts } = await reportInSql({ where: adminWhereSql(filter), items });
  return { report, items, cohorts };
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
