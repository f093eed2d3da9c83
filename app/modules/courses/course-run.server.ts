import { readFileSync } from "node:fs";
import { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { CoreManifestSchema, StoredLessonsSchema } from "./course-run-schemas.server";
import { currentCourseFiles } from "./core-version.server";
import {
  buildRunModules,
  type CourseRun,
  type LessonSource,
  type PinnedCoreVersion,
  type PinnedLocalVersion,
  type RunModule,
  type RunRow,
} from "./course-run";

// Registered versions never change (a core version's id is its content hash;
// a local module's edit makes a new version), so each is read once per process.
const coreVersions = new Map<string, Promise<PinnedCoreVersion | null>>();
const localVersions = new Map<string, PinnedLocalVersion>();

function pinnedCore(id: string): Promise<PinnedCoreVersion | null> {
  let found = coreVersions.get(id);
  if (!found) {
    found = db.coreVersion
      .findUnique({ where: { id }, select: { id: true, label: true, manifest: true } })
      .then((row) =>
        row
          ? { id: row.id, label: row.label, manifest: CoreManifestSchema.parse(row.manifest) }
          : null,
      );
    found.catch(() => coreVersions.delete(id));
    coreVersions.set(id, found);
  }
  return found;
}

async function pinnedLocals(ids: string[]): Promise<Map<string, PinnedLocalVersion>> {
  const missing = ids.filter((id) => !localVersions.has(id));
  if (missing.length) {
    const rows = await db.localModuleVersion.findMany({
      where: { id: { in: missing } },
      select: {
        id: true,
        moduleId: true,
        number: true,
        title: true,
        goals: true,
        lessons: true,
        module: { select: { region: true } },
      },
    });
    for (const row of rows) {
      localVersions.set(row.id, {
        id: row.id,
        moduleId: row.moduleId,
        number: row.number,
        title: row.title,
        goals: row.goals,
        region: row.module.region,
        lessons: StoredLessonsSchema.parse(row.lessons),
      });
    }
  }
  return new Map(
    ids.flatMap((id) => (localVersions.has(id) ? [[id, localVersions.get(id)!] as const] : [])),
  );
}

/**
 * The modules a cohort follows from its stored rows and pinned core version.
 * Asks the database only the first time a version is seen by this process.
 */
export async function resolveRunModules({
  coreVersionId,
  rows,
}: {
  coreVersionId: string;
  rows: RunRow[];
}): Promise<{ core: PinnedCoreVersion | null; modules: RunModule[] }> {
  const [core, locals] = await Promise.all([
    pinnedCore(coreVersionId),
    pinnedLocals(rows.flatMap((row) => (row.localVersionId ? [row.localVersionId] : []))),
  ]);
  if (!core) return { core: null, modules: [] };
  return { core, modules: buildRunModules({ rows, core, locals, files: currentCourseFiles() }) };
}

type RunQueryRow = {
  name: string;
  minEvenings: number;
  requireEvaluation: boolean;
  eveningCount: number;
  coreVersionId: string;
  modules: RunRow[];
};

/**
 * The course run's query: the cohort's name, completion rules, evening count,
 * pinned core version and module rows. A local module row without a pinned
 * version (one added before pinning) follows the module's published version.
 * To be used alone or joined with another one-row query.
 */
export function courseRunSql(cohortId: string | Prisma.Sql) {
  return Prisma.sql`
    SELECT c."name", c."minEvenings", c."requireEvaluation", c."coreVersionId",
           (SELECT count(*)::int FROM "Evening" e WHERE e."cohortId" = c."id") AS "eveningCount",
           COALESCE((
             SELECT json_agg(json_build_object(
                      'moduleKey', m."moduleKey", 'position', m."position", 'required', m."required", 'newLessons', m."newLessons",
                      'localVersionId', COALESCE(m."localVersionId", (SELECT lm."publishedVersionId" FROM "LocalModule" lm
                                                                       WHERE m."moduleKey" LIKE 'lm/%' AND lm."id" = substr(m."moduleKey", 4))))
                    ORDER BY m."position")
               FROM "CohortModule" m WHERE m."cohortId" = c."id"), '[]'::json) AS "modules"
      FROM "Cohort" c
     WHERE c."id" = ${cohortId}`;
}

/** The course run from a row of courseRunSql. */
export async function resolveCourseRun(
  cohortId: string,
  row: RunQueryRow,
): Promise<CourseRun | null> {
  const { core, modules } = await resolveRunModules({
    coreVersionId: row.coreVersionId,
    rows: row.modules,
  });
  if (!core) return null;
  return {
    cohortId,
    name: row.name,
    minEvenings: row.minEvenings,
    requireEvaluation: row.requireEvaluation,
    eveningCount: row.eveningCount,
    coreVersion: { id: core.id, label: core.label, title: core.manifest.title },
    modules,
  };
}

/**
 * What a cohort follows: its pinned core version and local module versions,
 * in the facilitator's order, with its completion rules. The one resolver of
 * a course run; lesson pages, the overview, the dashboard, completion and
 * certificates all read the run from here. Null for an unknown cohort.
 */
export async function loadCourseRun({ cohortId }: { cohortId: string }): Promise<CourseRun | null> {
  const [row] = await db.$queryRaw<RunQueryRow[]>(courseRunSql(cohortId));
  return row ? resolveCourseRun(cohortId, row) : null;
}

// A stored lesson text is addressed by its content hash, so it never changes: read once per process.
const storedTexts = new Map<string, string>();

/** The MDX text of a lesson of the run: its pinned version's text. */
export async function lessonText(source: LessonSource): Promise<string> {
  if (source.kind === "text") return source.body;
  if (source.file) return readFileSync(source.file, "utf8");
  const cached = storedTexts.get(source.hash);
  if (cached !== undefined) return cached;
  const stored = await db.lessonSource.findUnique({
    where: { hash: source.hash },
    select: { body: true },
  });
  if (stored) {
    storedTexts.set(source.hash, stored.body);
    return stored.body;
  }
  // A version registered before texts were stored: the current file of the same lesson.
  if (source.fallbackFile) return readFileSync(source.fallbackFile, "utf8");
  throw new Error(`No text stored for lesson ${source.hash}`);
}
