import { db } from "~/utils/db.server";
import { currentCourseFiles } from "./core-version.server";
import { resolveRun, type PublishedLocalModule, type RunModule, type RunRow, type StoredLesson } from "./course-run";

/** The published version of each given local module (modules without one are left out). */
export async function loadPublishedLocalModules({ moduleIds }: { moduleIds: string[] }): Promise<PublishedLocalModule[]> {
  if (moduleIds.length === 0) return [];
  const versions = await db.localModuleVersion.findMany({
    where: { moduleId: { in: moduleIds }, publishedAt: { not: null } },
    orderBy: [{ moduleId: "asc" }, { number: "desc" }],
    distinct: ["moduleId"],
    select: { moduleId: true, title: true, goals: true, lessons: true, module: { select: { region: true } } },
  });
  return versions.map((version) => ({
    moduleId: version.moduleId,
    title: version.title,
    goals: version.goals,
    region: version.module.region,
    lessons: version.lessons as StoredLesson[],
  }));
}

/** The course run of a cohort in the facilitator's order, resolved against the current course files. */
export async function loadCourseRun({ cohortId }: { cohortId: string }): Promise<RunModule[]> {
  const rows = await db.cohortModule.findMany({ where: { cohortId }, select: { moduleKey: true, position: true, required: true } });
  return resolveRunRows({ rows });
}

/** Resolves stored run rows; asks the database only when the run has browser-written modules. */
export async function resolveRunRows({ rows }: { rows: RunRow[] }): Promise<RunModule[]> {
  const moduleIds = rows.flatMap((row) => (row.moduleKey.startsWith("lm/") ? [row.moduleKey.slice(3)] : []));
  const published = await loadPublishedLocalModules({ moduleIds });
  return resolveRun({ rows, files: currentCourseFiles(), published });
}
