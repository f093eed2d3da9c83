import { createHash } from "node:crypto";
import { db } from "~/utils/db.server";
import type { CoreManifest } from "./course-files.server";
import { currentCourseFiles, ensureCurrentCoreVersion } from "./core-version.server";
import {
  diffLessons,
  hasChanges,
  mayBeOptional,
  moveInRun,
  type VersionChanges,
} from "./course-run";
import { loadCourseRun } from "./course-run.server";
import { CoreManifestSchema, StoredLessonsSchema } from "./course-run-schemas.server";

export type ModuleUpdate = VersionChanges & {
  key: string;
  title: string;
  from: number | null;
  to: number | null;
};

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const hashedLessons = (lessons: { slug: string; title: string; body: string }[]) =>
  lessons.map(({ slug, title, body }) => ({ slug, title, hash: sha256(body) }));

/** Per module of the old core version that the new one changes: lessons added, removed and changed; new modules list all their lessons as added. */
function coreChanges(before: CoreManifest, after: CoreManifest): ModuleUpdate[] {
  const old = new Map([...before.core, ...before.local].map((module) => [module.key, module]));
  const updates: ModuleUpdate[] = [];
  for (const module of [...after.core, ...after.local]) {
    const changes = diffLessons(old.get(module.key)?.lessons ?? [], module.lessons);
    if (hasChanges(changes))
      updates.push({ key: module.key, title: module.title, from: null, to: null, ...changes });
  }
  const kept = new Set([...after.core, ...after.local].map((module) => module.key));
  for (const module of [...before.core, ...before.local]) {
    if (!kept.has(module.key))
      updates.push({
        key: module.key,
        title: module.title,
        from: null,
        to: null,
        ...diffLessons(module.lessons, []),
      });
  }
  return updates;
}

/** The pinned and the published version of every browser-written module in the run whose author published a newer one. */
async function localUpdates(cohortId: string): Promise<(ModuleUpdate & { versionId: string })[]> {
  const rows = await db.cohortModule.findMany({
    where: { cohortId, moduleKey: { startsWith: "lm/" }, localVersionId: { not: null } },
    select: {
      moduleKey: true,
      localVersion: {
        select: {
          id: true,
          number: true,
          lessons: true,
          module: { select: { publishedVersionId: true } },
        },
      },
    },
  });
  const behind = rows.filter(
    (row) =>
      row.localVersion &&
      row.localVersion.module.publishedVersionId &&
      row.localVersion.module.publishedVersionId !== row.localVersion.id,
  );
  if (behind.length === 0) return [];
  const published = await db.localModuleVersion.findMany({
    where: { id: { in: behind.map((row) => row.localVersion!.module.publishedVersionId!) } },
    select: { id: true, moduleId: true, number: true, title: true, lessons: true },
  });
  const byModule = new Map(published.map((version) => [`lm/${version.moduleId}`, version]));
  return behind.flatMap((row) => {
    const next = byModule.get(row.moduleKey);
    const pinned = row.localVersion!;
    if (!next || next.number <= pinned.number) return [];
    const changes = diffLessons(
      hashedLessons(StoredLessonsSchema.parse(pinned.lessons)),
      hashedLessons(StoredLessonsSchema.parse(next.lessons)),
    );
    return [
      {
        key: row.moduleKey,
        title: next.title,
        from: pinned.number,
        to: next.number,
        versionId: next.id,
        ...changes,
      },
    ];
  });
}

/** Titles of the local modules in the run whose author published a newer version (for the facilitator's notice). */
export async function newerLocalVersions({ cohortId }: { cohortId: string }): Promise<string[]> {
  return (await localUpdates(cohortId)).map((update) => update.title);
}

/** What the facilitator sees on the run page: the run, what can be added, and the newer versions it could move to. */
export async function getRunEditor({ cohortId }: { cohortId: string }) {
  const [run, published, current, updates] = await Promise.all([
    loadCourseRun({ cohortId }),
    db.localModule.findMany({
      where: { status: "PUBLISHED", publishedVersionId: { not: null } },
      select: {
        id: true,
        region: true,
        owner: { select: { name: true } },
        org: { select: { name: true } },
        versions: {
          where: { publishedAt: { not: null } },
          orderBy: { number: "desc" },
          take: 1,
          select: { title: true },
        },
      },
      orderBy: { updatedAt: "desc" },
    }),
    ensureCurrentCoreVersion(),
    localUpdates(cohortId),
  ]);
  const modules = run?.modules ?? [];
  const inRun = new Set(modules.map((module) => module.key));
  const available = [
    ...currentCourseFiles().local.map((module) => ({
      key: module.key,
      title: module.title,
      region: module.region ?? null,
      author: module.organisation ?? null,
    })),
    ...published.map((module) => ({
      key: `lm/${module.id}`,
      title: module.versions[0]?.title ?? "",
      region: module.region,
      author: module.owner?.name ?? module.org?.name ?? "Buiten de Lijnen",
    })),
  ].filter((module) => !inRun.has(module.key));
  let coreUpdates: ModuleUpdate[] = [];
  if (run && run.coreVersion.id !== current.id) {
    const pinned = await db.coreVersion.findUnique({
      where: { id: run.coreVersion.id },
      select: { manifest: true },
    });
    if (pinned)
      coreUpdates = coreChanges(CoreManifestSchema.parse(pinned.manifest), current.manifest).filter(
        (update) => inRun.has(update.key) || update.key.startsWith("kern/"),
      );
  }
  return {
    cohortName: run?.name ?? "",
    run: modules,
    available,
    cohortVersion: run ? { id: run.coreVersion.id, label: run.coreVersion.label } : null,
    currentVersion: { id: current.id, label: current.label },
    coreUpdates,
    localUpdates: updates.map(({ versionId: _versionId, ...update }) => update),
  };
}

async function isAddable(moduleKey: string): Promise<boolean> {
  if (moduleKey.startsWith("lokaal/"))
    return currentCourseFiles().local.some((module) => module.key === moduleKey);
  if (!moduleKey.startsWith("lm/")) return false;
  return (
    (await db.localModule.count({
      where: { id: moduleKey.slice(3), status: "PUBLISHED", publishedVersionId: { not: null } },
    })) > 0
  );
}

/** Adds a shipped or published local module at the end of the run, pinned to its published version. */
export async function addToRun({
  cohortId,
  moduleKey,
  required,
}: {
  cohortId: string;
  moduleKey: string;
  required: boolean;
}): Promise<boolean> {
  if (!(await isAddable(moduleKey))) return false;
  await db.$transaction(async (tx) => {
    const localModuleId = moduleKey.startsWith("lm/") ? moduleKey.slice(3) : null;
    const pinned = localModuleId
      ? await tx.localModule.findUnique({
          where: { id: localModuleId },
          select: { publishedVersionId: true },
        })
      : null;
    const last = await tx.cohortModule.aggregate({ where: { cohortId }, _max: { position: true } });
    await tx.cohortModule.createMany({
      data: [
        {
          cohortId,
          moduleKey,
          localModuleId,
          localVersionId: pinned?.publishedVersionId ?? null,
          position: (last._max.position ?? 0) + 1,
          required,
        },
      ],
      skipDuplicates: true,
    });
  });
  return true;
}

/** Takes a local module out of the run; the fixed core stays. */
export async function removeFromRun({
  cohortId,
  moduleKey,
}: {
  cohortId: string;
  moduleKey: string;
}) {
  if (moduleKey.startsWith("kern/")) return;
  await db.cohortModule.deleteMany({ where: { cohortId, moduleKey } });
}

/** Moves one module a place up or down and renumbers the run 1..n. */
export async function moveModule({
  cohortId,
  moduleKey,
  direction,
}: {
  cohortId: string;
  moduleKey: string;
  direction: "up" | "down";
}) {
  await db.$transaction(async (tx) => {
    const rows = await tx.cohortModule.findMany({
      where: { cohortId },
      select: { moduleKey: true, position: true },
    });
    const next = moveInRun(rows, moduleKey, direction);
    const before = new Map(rows.map((row) => [row.moduleKey, row.position]));
    for (const row of next) {
      if (before.get(row.moduleKey) !== row.position)
        await tx.cohortModule.updateMany({
          where: { cohortId, moduleKey: row.moduleKey },
          data: { position: row.position },
        });
    }
  });
}

/**
 * Makes a module of the run required or optional. The fixed core stays
 * required, except the core modules meant for coordinators and boards
 * (`audience: coordinators` in their frontmatter); false when refused.
 */
export async function setRequired({
  cohortId,
  moduleKey,
  required,
}: {
  cohortId: string;
  moduleKey: string;
  required: boolean;
}): Promise<boolean> {
  if (!required) {
    const run = await loadCourseRun({ cohortId });
    const module = run?.modules.find((candidate) => candidate.key === moduleKey);
    if (!module || !mayBeOptional(module)) return false;
  }
  await db.cohortModule.updateMany({ where: { cohortId, moduleKey }, data: { required } });
  return true;
}

/**
 * Moves a cohort to the newest core version on purpose: its texts are read
 * from then on, new core modules are added at the end, and lessons added or
 * changed are marked new for the learners. Progress is keyed by module and
 * lesson slug, so it stays wherever a slug stays; a removed lesson is no
 * longer in the run and stops counting.
 */
export async function moveToNewestCore({ cohortId }: { cohortId: string }) {
  const version = await ensureCurrentCoreVersion();
  await db.$transaction(async (tx) => {
    const cohort = await tx.cohort.findUniqueOrThrow({
      where: { id: cohortId },
      select: { coreVersionId: true, coreVersion: { select: { manifest: true } } },
    });
    if (cohort.coreVersionId === version.id) return;
    const updates = new Map(
      coreChanges(CoreManifestSchema.parse(cohort.coreVersion.manifest), version.manifest).map(
        (update) => [update.key, update],
      ),
    );
    const rows = await tx.cohortModule.findMany({
      where: { cohortId },
      select: { moduleKey: true, position: true },
    });
    const present = new Set(rows.map((row) => row.moduleKey));
    const fresh = (key: string) =>
      [...(updates.get(key)?.added ?? []), ...(updates.get(key)?.changed ?? [])].map(
        (lesson) => lesson.slug,
      );
    for (const row of rows) {
      if (!row.moduleKey.startsWith("lm/"))
        await tx.cohortModule.update({
          where: { cohortId_moduleKey: { cohortId, moduleKey: row.moduleKey } },
          data: { newLessons: fresh(row.moduleKey) },
        });
    }
    let position = rows.reduce((max, row) => Math.max(max, row.position), 0);
    const added = version.manifest.core
      .filter((module) => !present.has(module.key))
      .map((module) => ({
        cohortId,
        moduleKey: module.key,
        position: ++position,
        required: true,
        newLessons: module.lessons.map((lesson) => lesson.slug),
      }));
    if (added.length) await tx.cohortModule.createMany({ data: added, skipDuplicates: true });
    await tx.cohort.update({ where: { id: cohortId }, data: { coreVersionId: version.id } });
  });
}

/**
 * Moves one browser-written module of the run to its newest published version
 * on purpose, with the same rules as the core. False when there is none newer.
 */
export async function moveToNewestLocal({
  cohortId,
  moduleKey,
}: {
  cohortId: string;
  moduleKey: string;
}): Promise<boolean> {
  const update = (await localUpdates(cohortId)).find((candidate) => candidate.key === moduleKey);
  if (!update) return false;
  const newLessons = [...update.added, ...update.changed].map((lesson) => lesson.slug);
  await db.cohortModule.update({
    where: { cohortId_moduleKey: { cohortId, moduleKey } },
    data: { localVersionId: update.versionId, newLessons },
  });
  return true;
}
