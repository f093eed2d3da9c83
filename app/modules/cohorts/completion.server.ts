import { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { evaluateCompletion, type Completion } from "./completion";
import { courseRunSql, toCourseRun, type RunRow } from "./course-run.server";

export type CompletionReport = Completion & {
  /** Titles of the missing modules, in course order. */
  missingModuleTitles: string[];
  rules: { minEvenings: number; requireEvaluation: boolean };
};

type CompletionInputs = {
  isParticipant: boolean;
  hasCertificate: boolean;
  progress: { moduleKey: string; lessonSlug: string }[];
  attendedEvenings: number;
  evaluationSubmitted: boolean;
};

/**
 * Whether this person has met their cohort's completion rules, and what is
 * still missing; also whether they are a participant and already have a
 * certificate. One query: the course run joined with everything about this
 * person that the rules look at. Null for an unknown cohort.
 */
export async function getCompletion({ cohortId, userId }: { cohortId: string; userId: string }): Promise<(CompletionReport & Pick<CompletionInputs, "isParticipant" | "hasCertificate">) | null> {
  const [row] = await db.$queryRaw<(RunRow & CompletionInputs)[]>(completionSql(cohortId, userId));
  return row ? completionOf(row) : null;
}

/**
 * getCompletion for many (cohort, person) pairs in one query, e.g. a club's
 * register (issue 20: 400 members were 400 queries). Keyed "cohortId userId".
 */
export async function getCompletions(pairs: { cohortId: string; userId: string }[]): Promise<Map<string, ReturnType<typeof completionOf>>> {
  if (pairs.length === 0) return new Map();
  // "pair": an alias no subquery of the completion check uses.
  const cohortId = Prisma.sql`pair."cohortId"`;
  const userId = Prisma.sql`pair."userId"`;
  const rows = await db.$queryRaw<(RunRow & CompletionInputs & { pairCohortId: string; pairUserId: string })[]>`
    SELECT pair."cohortId" AS "pairCohortId", pair."userId" AS "pairUserId", done.*
      FROM unnest(${pairs.map((pair) => pair.cohortId)}::text[], ${pairs.map((pair) => pair.userId)}::text[]) AS pair("cohortId", "userId"),
           LATERAL (${completionSql(cohortId, userId)}) AS done`;
  return new Map(rows.map((row) => [`${row.pairCohortId} ${row.pairUserId}`, completionOf(row)]));
}

/**
 * The one-query completion check; the ids are values or (for getCompletions)
 * columns. `(SELECT true … LIMIT 1)` rather than EXISTS: over many pairs
 * PostgreSQL turned each EXISTS into a hash of the whole table (query-plans test).
 */
function completionSql(cohortId: string | Prisma.Sql, userId: string | Prisma.Sql) {
  return Prisma.sql`
    SELECT run.*,
           COALESCE((SELECT true FROM "CohortMember" WHERE "cohortId" = ${cohortId} AND "userId" = ${userId} AND "role" = 'PARTICIPANT' AND "removedAt" IS NULL LIMIT 1), false) AS "isParticipant",
           COALESCE((SELECT true FROM "Certificate" WHERE "cohortId" = ${cohortId} AND "userId" = ${userId} LIMIT 1), false) AS "hasCertificate",
           COALESCE((SELECT json_agg(json_build_object('moduleKey', p."moduleKey", 'lessonSlug', p."lessonSlug"))
                       FROM "LessonProgress" p WHERE p."cohortId" = ${cohortId} AND p."userId" = ${userId}), '[]'::json) AS "progress",
           (SELECT count(*)::int FROM "Attendance" a JOIN "Evening" e ON e."id" = a."eveningId"
             WHERE a."userId" = ${userId} AND a."status" = 'PRESENT' AND e."cohortId" = ${cohortId}) AS "attendedEvenings",
           COALESCE((SELECT true FROM "EvaluationReceipt" WHERE "cohortId" = ${cohortId} AND "userId" = ${userId} LIMIT 1), false) AS "evaluationSubmitted"
      FROM (${courseRunSql(cohortId)}) AS run`;
}

function completionOf(row: RunRow & CompletionInputs) {
  const run = toCourseRun(row);
  const inputs: CompletionInputs = row;
  const doneLessonsByModule = countDoneLessons(run.modules, inputs.progress);
  const result = evaluateCompletion({
    rules: {
      requiredModules: run.modules.filter((module) => module.required).map((module) => ({ moduleKey: module.moduleKey, lessonCount: module.lessonSlugs.length })),
      minEvenings: run.minEvenings,
      requireEvaluation: run.requireEvaluation,
    },
    progress: { doneLessonsByModule },
    attendedEvenings: inputs.attendedEvenings,
    evaluationSubmitted: inputs.evaluationSubmitted,
  });
  const titles = new Map(run.modules.map((module) => [module.moduleKey, module.title]));
  return {
    ...result,
    missingModuleTitles: result.missing.modules.map((key) => titles.get(key) ?? key),
    rules: { minEvenings: run.minEvenings, requireEvaluation: run.requireEvaluation },
    isParticipant: inputs.isParticipant,
    hasCertificate: inputs.hasCertificate,
  };
}

/** Done lessons per module, counting only lessons that exist in the run (a renamed lesson does not count twice). */
export function countDoneLessons(modules: { moduleKey: string; lessonSlugs: string[] }[], progress: { moduleKey: string; lessonSlug: string }[]): Record<string, number> {
  const known = new Map(modules.map((module) => [module.moduleKey, new Set(module.lessonSlugs)]));
  const done: Record<string, number> = {};
  for (const row of progress) {
    if (known.get(row.moduleKey)?.has(row.lessonSlug)) done[row.moduleKey] = (done[row.moduleKey] ?? 0) + 1;
  }
  return done;
}
