import { Prisma } from "~/generated/prisma/client";
import { crossSectorSql } from "~/modules/cohorts/cross-sector.server";
import { tandemSql } from "~/modules/cohorts/tandem.server";
import { db } from "~/utils/db.server";
import { countProgress, type CourseRun } from "~/modules/courses/course-run";
import { courseRunSql, resolveCourseRun } from "~/modules/courses/course-run.server";
import { evaluateCompletion, type Completion } from "./completion";

export type CompletionReport = Completion & {
  /** Titles of the missing modules, in course order. */
  missingModuleTitles: string[];
  /** Every required module in course order, done or not (the checklist). */
  requiredModules: { key: string; title: string; done: boolean }[];
  rules: { minEvenings: number; requireEvaluation: boolean; tandem: boolean };
};

type CompletionInputs = {
  isParticipant: boolean;
  hasCertificate: boolean;
  progress: { moduleKey: string; lessonSlug: string }[];
  attendedEvenings: number;
  evaluationSubmitted: boolean;
  crossSectorRequired: boolean;
  crossSectorAnswered: boolean;
  tandemRequired: boolean;
  tandemDone: boolean;
};

/** The cohort's completion rules applied to one person's progress, attendance and evaluation, over the pinned run. */
function completionOf(
  run: CourseRun,
  inputs: Pick<CompletionInputs, "progress" | "attendedEvenings" | "evaluationSubmitted">,
  crossSectorCase?: { required: boolean; answered: boolean },
  tandem?: { required: boolean; done: boolean },
): CompletionReport {
  const progress = countProgress(
    run.modules,
    inputs.progress.map((row) => `${row.moduleKey}/${row.lessonSlug}`),
  );
  const result = evaluateCompletion({
    rules: {
      requiredModules: run.modules
        .filter((module) => module.required)
        .map((module) => ({ moduleKey: module.key, lessonCount: module.lessons.length })),
      minEvenings: run.minEvenings,
      requireEvaluation: run.requireEvaluation,
    },
    progress: {
      doneLessonsByModule: Object.fromEntries(
        Object.entries(progress.modules).map(([key, value]) => [key, value.done]),
      ),
    },
    attendedEvenings: inputs.attendedEvenings,
    evaluationSubmitted: inputs.evaluationSubmitted,
    crossSectorCase,
    tandem,
  });
  const titles = new Map(run.modules.map((module) => [module.key, module.title]));
  return {
    ...result,
    missingModuleTitles: result.missing.modules.map((key) => titles.get(key) ?? key),
    // Each required module as a line of the "nog te doen" checklist.
    requiredModules: run.modules
      .filter((module) => module.required)
      .map((module) => ({
        key: module.key,
        title: module.title,
        done: !result.missing.modules.includes(module.key),
      })),
    rules: {
      minEvenings: run.minEvenings,
      requireEvaluation: run.requireEvaluation,
      tandem: tandem?.required === true,
    },
  };
}

/**
 * Whether this person has met their cohort's completion rules, and what is
 * still missing; also whether they are a participant and already have a
 * certificate. One query: the course run joined with everything about this
 * person that the rules look at. Null for an unknown cohort.
 */
export async function getCompletion({
  cohortId,
  userId,
}: {
  cohortId: string;
  userId: string;
}): Promise<
  (CompletionReport & Pick<CompletionInputs, "isParticipant" | "hasCertificate">) | null
> {
  const [row] = await db.$queryRaw<CompletionRow[]>(completionSql(cohortId, userId));
  if (!row) return null;
  const run = await resolveCourseRun(cohortId, row);
  return run ? reportOf(run, row) : null;
}

type CompletionRow = Parameters<typeof resolveCourseRun>[1] & CompletionInputs;

function reportOf(run: CourseRun, row: CompletionRow) {
  return {
    ...completionOf(
      run,
      row,
      { required: row.crossSectorRequired, answered: row.crossSectorAnswered },
      { required: row.tandemRequired, done: row.tandemDone },
    ),
    isParticipant: row.isParticipant,
    hasCertificate: row.hasCertificate,
  };
}

/**
 * getCompletion for many (cohort, person) pairs in one query, e.g. a club's
 * register (issue 20: 400 members were 400 queries). Keyed "cohortId userId";
 * a pair whose cohort is unknown is left out.
 */
export async function getCompletions(
  pairs: { cohortId: string; userId: string }[],
): Promise<Map<string, ReturnType<typeof reportOf>>> {
  if (pairs.length === 0) return new Map();
  // "pair": an alias no subquery of the completion check uses.
  const cohortId = Prisma.sql`pair."cohortId"`;
  const userId = Prisma.sql`pair."userId"`;
  const rows = await db.$queryRaw<(CompletionRow & { pairCohortId: string; pairUserId: string })[]>`
    SELECT pair."cohortId" AS "pairCohortId", pair."userId" AS "pairUserId", done.*
      FROM unnest(${pairs.map((pair) => pair.cohortId)}::text[], ${pairs.map((pair) => pair.userId)}::text[]) AS pair("cohortId", "userId"),
           LATERAL (${completionSql(cohortId, userId)}) AS done`;
  // One run per cohort (the rows of a cohort carry the same run).
  const runs = new Map<string, Promise<CourseRun | null>>();
  const result = new Map<string, ReturnType<typeof reportOf>>();
  for (const row of rows) {
    if (!runs.has(row.pairCohortId))
      runs.set(row.pairCohortId, resolveCourseRun(row.pairCohortId, row));
    const run = await runs.get(row.pairCohortId)!;
    if (run) result.set(`${row.pairCohortId} ${row.pairUserId}`, reportOf(run, row));
  }
  return result;
}

/**
 * The one-query completion check: the course run joined with everything
 * about this person that the rules look at; the ids are values or (for
 * getCompletions) columns. `(SELECT true … LIMIT 1)` rather than EXISTS: over
 * many pairs PostgreSQL turned each EXISTS into a hash of the whole table
 * (query-plans test).
 */
function completionSql(cohortId: string | Prisma.Sql, userId: string | Prisma.Sql) {
  return Prisma.sql`
    SELECT run.*,
           COALESCE((SELECT true FROM "CohortMember" WHERE "cohortId" = ${cohortId} AND "userId" = ${userId} AND "role" = 'PARTICIPANT' AND "removedAt" IS NULL LIMIT 1), false) AS "isParticipant",
           COALESCE((SELECT true FROM "Certificate" WHERE "cohortId" = ${cohortId} AND "userId" = ${userId} LIMIT 1), false) AS "hasCertificate",
           COALESCE((SELECT json_agg(json_build_object('moduleKey', p."moduleKey", 'lessonSlug', p."lessonSlug"))
                       FROM "LessonProgress" p WHERE p."cohortId" = ${cohortId} AND p."userId" = ${userId}), '[]'::json) AS "progress",
           (SELECT count(*)::int FROM "Attendance" a JOIN "Evening" e ON e."id" = a."eveningId"
             WHERE a."userId" = ${userId} AND a."status" = 'PRESENT' AND e."cohortId" = ${cohortId} AND e."cancelledAt" IS NULL) AS "attendedEvenings",
           COALESCE((SELECT true FROM "EvaluationReceipt" WHERE "cohortId" = ${cohortId} AND "userId" = ${userId} LIMIT 1), false) AS "evaluationSubmitted",
           ${crossSectorSql(cohortId, userId)},
           ${tandemSql(cohortId, userId)}
      FROM (${courseRunSql(cohortId)}) AS run`;
}
