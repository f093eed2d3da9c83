import { db } from "~/utils/db.server";
import { countProgress, type CourseRun } from "~/modules/courses/course-run";
import { courseRunSql, resolveCourseRun } from "~/modules/courses/course-run.server";
import { evaluateCompletion, type Completion } from "./completion";

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

/** The cohort's completion rules applied to one person's progress, attendance and evaluation, over the pinned run. */
function completionOf(run: CourseRun, inputs: Pick<CompletionInputs, "progress" | "attendedEvenings" | "evaluationSubmitted">): CompletionReport {
  const progress = countProgress(run.modules, inputs.progress.map((row) => `${row.moduleKey}/${row.lessonSlug}`));
  const result = evaluateCompletion({
    rules: {
      requiredModules: run.modules.filter((module) => module.required).map((module) => ({ moduleKey: module.key, lessonCount: module.lessons.length })),
      minEvenings: run.minEvenings,
      requireEvaluation: run.requireEvaluation,
    },
    progress: { doneLessonsByModule: Object.fromEntries(Object.entries(progress.modules).map(([key, value]) => [key, value.done])) },
    attendedEvenings: inputs.attendedEvenings,
    evaluationSubmitted: inputs.evaluationSubmitted,
  });
  const titles = new Map(run.modules.map((module) => [module.key, module.title]));
  return {
    ...result,
    missingModuleTitles: result.missing.modules.map((key) => titles.get(key) ?? key),
    rules: { minEvenings: run.minEvenings, requireEvaluation: run.requireEvaluation },
  };
}

/**
 * Whether this person has met their cohort's completion rules, and what is
 * still missing; also whether they are a participant and already have a
 * certificate. One query: the course run joined with everything about this
 * person that the rules look at. Null for an unknown cohort.
 */
export async function getCompletion({ cohortId, userId }: { cohortId: string; userId: string }): Promise<(CompletionReport & Pick<CompletionInputs, "isParticipant" | "hasCertificate">) | null> {
  const [row] = await db.$queryRaw<(Parameters<typeof resolveCourseRun>[1] & CompletionInputs)[]>`
    SELECT run.*,
           EXISTS (SELECT 1 FROM "CohortMember" WHERE "cohortId" = ${cohortId} AND "userId" = ${userId} AND "role" = 'PARTICIPANT' AND "removedAt" IS NULL) AS "isParticipant",
           EXISTS (SELECT 1 FROM "Certificate" WHERE "cohortId" = ${cohortId} AND "userId" = ${userId}) AS "hasCertificate",
           COALESCE((SELECT json_agg(json_build_object('moduleKey', p."moduleKey", 'lessonSlug', p."lessonSlug"))
                       FROM "LessonProgress" p WHERE p."cohortId" = ${cohortId} AND p."userId" = ${userId}), '[]'::json) AS "progress",
           (SELECT count(*)::int FROM "Attendance" a JOIN "Evening" e ON e."id" = a."eveningId"
             WHERE a."userId" = ${userId} AND a."status" = 'PRESENT' AND e."cohortId" = ${cohortId}) AS "attendedEvenings",
           EXISTS (SELECT 1 FROM "EvaluationReceipt" WHERE "cohortId" = ${cohortId} AND "userId" = ${userId}) AS "evaluationSubmitted"
      FROM (${courseRunSql(cohortId)}) AS run`;
  if (!row) return null;
  const run = await resolveCourseRun(cohortId, row);
  if (!run) return null;
  return { ...completionOf(run, row), isParticipant: row.isParticipant, hasCertificate: row.hasCertificate };
}
