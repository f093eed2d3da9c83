import { db } from "~/utils/db.server";
import type { CoreManifest } from "~/modules/courses/core-version.server";

export type RunModule = { moduleKey: string; position: number; required: boolean; title: string; lessonSlugs: string[] };

/**
 * The modules of a cohort's course run with their titles and lessons: core
 * and shipped local modules from the cohort's core version, "lm/<id>"
 * modules from their published version. Two queries.
 */
export async function loadCourseRun({ cohortId }: { cohortId: string }) {
  const cohort = await db.cohort.findUnique({
    where: { id: cohortId },
    select: {
      minEvenings: true,
      requireEvaluation: true,
      coreVersion: { select: { manifest: true } },
      modules: { orderBy: { position: "asc" }, select: { moduleKey: true, position: true, required: true, localModuleId: true } },
    },
  });
  if (!cohort) return null;
  const manifest = cohort.coreVersion.manifest as unknown as CoreManifest;
  const shipped = new Map([...(manifest.core ?? []), ...(manifest.local ?? [])].map((module) => [module.key, module]));
  const localIds = cohort.modules.map((module) => module.localModuleId ?? (module.moduleKey.startsWith("lm/") ? module.moduleKey.slice(3) : null)).filter((id): id is string => Boolean(id));
  const local = localIds.length
    ? await db.localModule.findMany({ where: { id: { in: localIds } }, select: { id: true, publishedVersionId: true, versions: { where: { publishedAt: { not: null } }, orderBy: { number: "desc" }, select: { id: true, title: true, lessons: true } } } })
    : [];
  const localById = new Map(local.map((module) => [module.id, module.versions.find((version) => version.id === module.publishedVersionId) ?? module.versions[0]]));
  const modules: RunModule[] = cohort.modules.map((module) => {
    const fromFiles = shipped.get(module.moduleKey);
    if (fromFiles) return { moduleKey: module.moduleKey, position: module.position, required: module.required, title: fromFiles.title, lessonSlugs: fromFiles.lessons.map((lesson) => lesson.slug) };
    const version = localById.get(module.localModuleId ?? module.moduleKey.slice(3));
    const lessons = Array.isArray(version?.lessons) ? (version.lessons as { slug?: string }[]) : [];
    return { moduleKey: module.moduleKey, position: module.position, required: module.required, title: version?.title ?? module.moduleKey, lessonSlugs: lessons.map((lesson) => String(lesson.slug ?? "")) };
  });
  return { minEvenings: cohort.minEvenings, requireEvaluation: cohort.requireEvaluation, modules };
}
