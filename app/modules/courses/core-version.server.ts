import { db } from "~/utils/db.server";
import { readCourseFiles, type CourseFiles, type ModuleFile } from "./course-files.server";

export type ManifestModule = Omit<ModuleFile, "intro" | "lessons"> & { lessons: { slug: string; title: string; order: number; minutes: number; hash: string }[] };
export type CoreManifest = { title: string; label: string; core: ManifestModule[]; local: ManifestModule[] };

let cached: { files: CourseFiles; registered: boolean } | undefined;

/** The course files; re-read on every call in development so edits in courses/ show on reload. */
export function currentCourseFiles(): CourseFiles {
  if (!cached || process.env.NODE_ENV === "development") {
    const files = readCourseFiles();
    cached = { files, registered: cached?.files.versionId === files.versionId && cached.registered };
  }
  return cached.files;
}

/** Registers the current core version (id = content hash) once and returns it. */
export async function ensureCurrentCoreVersion(): Promise<{ id: string; label: string; manifest: CoreManifest }> {
  const files = currentCourseFiles();
  const manifest = toManifest(files);
  if (!cached?.registered) {
    await db.coreVersion.upsert({ where: { id: files.versionId }, create: { id: files.versionId, label: files.label, manifest }, update: {} });
    if (cached) cached.registered = true;
  }
  return { id: files.versionId, label: files.label, manifest };
}

/** The default course run of a new cohort: every core module in order, all required. */
export function defaultCourseRun(manifest: CoreManifest): { moduleKey: string; position: number; required: boolean }[] {
  return manifest.core.map((module, index) => ({ moduleKey: module.key, position: index + 1, required: true }));
}

function toManifest(files: CourseFiles): CoreManifest {
  const strip = (module: ModuleFile): ManifestModule => ({
    ...Object.fromEntries(Object.entries(module).filter(([key]) => key !== "intro" && key !== "lessons")),
    lessons: module.lessons.map(({ slug, title, order, minutes, hash }) => ({ slug, title, order, minutes, hash })),
  }) as ManifestModule;
  return { title: files.title, label: files.label, core: files.core.map(strip), local: files.local.map(strip) };
}
