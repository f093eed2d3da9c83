import { db } from "~/utils/db.server";
import type { CoreManifest } from "~/modules/courses/core-version.server";
import { eveningMinutes } from "./study-load";

/**
 * Minutes of study for a certificate: the planned minutes of the cohort's
 * required modules plus the real length of every evening the person attended.
 */
export async function computeStudyMinutes({ cohortId, userId }: { cohortId: string; userId: string }): Promise<number> {
  const [cohort, attended] = await Promise.all([
    db.cohort.findUnique({
      where: { id: cohortId },
      select: { coreVersion: { select: { manifest: true } }, modules: { where: { required: true }, select: { moduleKey: true, localModuleId: true } } },
    }),
    db.attendance.findMany({ where: { userId, status: "PRESENT", evening: { cohortId } }, select: { evening: { select: { startsAt: true, endsAt: true } } } }),
  ]);
  if (!cohort) return 0;
  const manifest = cohort.coreVersion.manifest as unknown as CoreManifest;
  const shipped = new Map([...(manifest.core ?? []), ...(manifest.local ?? [])].map((module) => [module.key, module]));
  let minutes = 0;
  const localIds: string[] = [];
  for (const module of cohort.modules) {
    const fromFiles = shipped.get(module.moduleKey);
    if (fromFiles) minutes += moduleMinutes(fromFiles.minutes, fromFiles.lessons);
    else localIds.push(module.localModuleId ?? module.moduleKey.replace(/^lm\//, ""));
  }
  if (localIds.length) {
    const locals = await db.localModule.findMany({ where: { id: { in: localIds } }, select: { publishedVersionId: true, versions: { where: { publishedAt: { not: null } }, orderBy: { number: "desc" }, take: 1, select: { lessons: true } } } });
    for (const local of locals) {
      const lessons = Array.isArray(local.versions[0]?.lessons) ? (local.versions[0].lessons as { minutes?: unknown }[]) : [];
      minutes += moduleMinutes(undefined, lessons);
    }
  }
  for (const row of attended) minutes += eveningMinutes(row.evening);
  return minutes;
}

function moduleMinutes(declared: unknown, lessons: { minutes?: unknown }[]): number {
  if (typeof declared === "number" && declared > 0) return declared;
  return lessons.reduce((sum, lesson) => sum + (typeof lesson.minutes === "number" ? lesson.minutes : 0), 0);
}
