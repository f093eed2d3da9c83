import { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import type { CoreManifest } from "~/modules/courses/core-version.server";

export type RunModule = { moduleKey: string; position: number; required: boolean; title: string; lessonSlugs: string[] };

export type RunRow = {
  name: string;
  minEvenings: number;
  requireEvaluation: boolean;
  eveningCount: number;
  manifest: CoreManifest;
  modules: { moduleKey: string; position: number; required: boolean; local: { title: string; lessons: unknown } | null }[];
};

/**
 * The modules of a cohort's course run with their titles and lessons: core
 * and shipped local modules from the cohort's core version, "lm/<id>"
 * modules from their published version (or, failing that, their newest
 * published one). Also the cohort's name, completion rules and number of
 * evenings. One query: it runs on the dashboard and for every certificate.
 */
export async function loadCourseRun({ cohortId }: { cohortId: string }) {
  const [row] = await db.$queryRaw<RunRow[]>(courseRunSql(cohortId));
  return row ? toCourseRun(row) : null;
}

/** The course run's query, to be used alone or joined with another one-row query. */
export function courseRunSql(cohortId: string | Prisma.Sql) {
  return Prisma.sql`
    SELECT c."name", c."minEvenings", c."requireEvaluation", cv."manifest",
           (SELECT count(*)::int FROM "Evening" e WHERE e."cohortId" = c."id") AS "eveningCount",
           COALESCE((
             SELECT json_agg(json_build_object(
                      'moduleKey', m."moduleKey", 'position', m."position", 'required', m."required",
                      'local', (SELECT json_build_object('title', v."title", 'lessons', v."lessons")
                                  FROM "LocalModuleVersion" v JOIN "LocalModule" lm ON lm."id" = v."moduleId"
                                 WHERE lm."id" = COALESCE(m."localModuleId", CASE WHEN m."moduleKey" LIKE 'lm/%' THEN substr(m."moduleKey", 4) END)
                                   AND v."publishedAt" IS NOT NULL
                                 ORDER BY (v."id" = lm."publishedVersionId") DESC, v."number" DESC
                                 LIMIT 1))
                    ORDER BY m."position")
               FROM "CohortModule" m WHERE m."cohortId" = c."id"), '[]'::json) AS "modules"
      FROM "Cohort" c JOIN "CoreVersion" cv ON cv."id" = c."coreVersionId"
     WHERE c."id" = ${cohortId}`;
}

/** The modules with titles and lessons, from a row of courseRunSql. */
export function toCourseRun(row: RunRow) {
  const shipped = new Map([...(row.manifest.core ?? []), ...(row.manifest.local ?? [])].map((module) => [module.key, module]));
  const modules: RunModule[] = row.modules.map((module) => {
    const base = { moduleKey: module.moduleKey, position: module.position, required: module.required };
    const fromFiles = shipped.get(module.moduleKey);
    if (fromFiles) return { ...base, title: fromFiles.title, lessonSlugs: fromFiles.lessons.map((lesson) => lesson.slug) };
    const lessons = Array.isArray(module.local?.lessons) ? (module.local.lessons as { slug?: string }[]) : [];
    return { ...base, title: module.local?.title ?? module.moduleKey, lessonSlugs: lessons.map((lesson) => String(lesson.slug ?? "")) };
  });
  return { name: row.name, minEvenings: row.minEvenings, requireEvaluation: row.requireEvaluation, eveningCount: row.eveningCount, modules };
}
