import { db } from "~/utils/db.server";
import { currentCourseFiles, ensureCurrentCoreVersion } from "./core-version.server";
import { moveInRun } from "./course-run";
import { loadCourseRun } from "./load-run.server";

/** What the facilitator sees on the run page: the run, what can be added, and the core versions. */
export async function getRunEditor({ cohortId }: { cohortId: string }) {
  const [run, cohort, published, current] = await Promise.all([
    loadCourseRun({ cohortId }),
    db.cohort.findUnique({ where: { id: cohortId }, select: { name: true, coreVersion: { select: { id: true, label: true } } } }),
    db.localModule.findMany({
      where: { status: "PUBLISHED", publishedVersionId: { not: null } },
      select: { id: true, region: true, owner: { select: { name: true } }, org: { select: { name: true } }, versions: { where: { publishedAt: { not: null } }, orderBy: { number: "desc" }, take: 1, select: { title: true } } },
      orderBy: { updatedAt: "desc" },
    }),
    ensureCurrentCoreVersion(),
  ]);
  const inRun = new Set(run.map((module) => module.key));
  const available = [
    ...currentCourseFiles().local.map((module) => ({ key: module.key, title: module.title, region: module.region ?? null, author: module.organisation ?? null })),
    ...published.map((module) => ({ key: `lm/${module.id}`, title: module.versions[0]?.title ?? "", region: module.region, author: module.owner?.name ?? module.org?.name ?? "Buiten de Lijnen" })),
  ].filter((module) => !inRun.has(module.key));
  return {
    cohortName: cohort?.name ?? "",
    run,
    available,
    cohortVersion: cohort?.coreVersion ?? null,
    currentVersion: { id: current.id, label: current.label },
  };
}

async function isAddable(moduleKey: string): Promise<boolean> {
  if (moduleKey.startsWith("lokaal/")) return currentCourseFiles().local.some((module) => module.key === moduleKey);
  if (!moduleKey.startsWith("lm/")) return false;
  return (await db.localModule.count({ where: { id: moduleKey.slice(3), status: "PUBLISHED", publishedVersionId: { not: null } } })) > 0;
}

/** Adds a shipped or published local module at the end of the run. */
export async function addToRun({ cohortId, moduleKey, required }: { cohortId: string; moduleKey: string; required: boolean }): Promise<boolean> {
  if (!(await isAddable(moduleKey))) return false;
  await db.$transaction(async (tx) => {
    const last = await tx.cohortModule.aggregate({ where: { cohortId }, _max: { position: true } });
    await tx.cohortModule.createMany({
      data: [{ cohortId, moduleKey, localModuleId: moduleKey.startsWith("lm/") ? moduleKey.slice(3) : null, position: (last._max.position ?? 0) + 1, required }],
      skipDuplicates: true,
    });
  });
  return true;
}

/** Takes a local module out of the run; the fixed core stays. */
export async function removeFromRun({ cohortId, moduleKey }: { cohortId: string; moduleKey: string }) {
  if (moduleKey.startsWith("kern/")) return;
  await db.cohortModule.deleteMany({ where: { cohortId, moduleKey } });
}

/** Moves one module a place up or down and renumbers the run 1..n. */
export async function moveModule({ cohortId, moduleKey, direction }: { cohortId: string; moduleKey: string; direction: "up" | "down" }) {
  await db.$transaction(async (tx) => {
    const rows = await tx.cohortModule.findMany({ where: { cohortId }, select: { moduleKey: true, position: true } });
    const next = moveInRun(rows, moduleKey, direction);
    const before = new Map(rows.map((row) => [row.moduleKey, row.position]));
    for (const row of next) {
      if (before.get(row.moduleKey) !== row.position) await tx.cohortModule.updateMany({ where: { cohortId, moduleKey: row.moduleKey }, data: { position: row.position } });
    }
  });
}

export async function setRequired({ cohortId, moduleKey, required }: { cohortId: string; moduleKey: string; required: boolean }) {
  await db.cohortModule.updateMany({ where: { cohortId, moduleKey }, data: { required } });
}

/**
 * Moves a cohort to the newest core version on purpose: new core modules are
 * added at the end; progress is keyed by module and lesson slug, so it stays.
 */
export async function moveToNewestCore({ cohortId }: { cohortId: string }) {
  const version = await ensureCurrentCoreVersion();
  await db.$transaction(async (tx) => {
    const rows = await tx.cohortModule.findMany({ where: { cohortId }, select: { moduleKey: true, position: true } });
    const present = new Set(rows.map((row) => row.moduleKey));
    let position = rows.reduce((max, row) => Math.max(max, row.position), 0);
    const added = version.manifest.core.filter((module) => !present.has(module.key)).map((module) => ({ cohortId, moduleKey: module.key, position: ++position, required: true }));
    if (added.length) await tx.cohortModule.createMany({ data: added, skipDuplicates: true });
    await tx.cohort.update({ where: { id: cohortId }, data: { coreVersionId: version.id } });
  });
}
