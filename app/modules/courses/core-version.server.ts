import { db } from "~/utils/db.server";
import {
  lessonSources,
  readCourseFiles,
  toManifest,
  type CoreManifest,
  type CourseFiles,
} from "./course-files.server";

export type { CoreManifest } from "./course-files.server";

let cached: { files: CourseFiles; registered: boolean } | undefined;

/** The course files; re-read on every call in development so edits in courses/ show on reload. */
export function currentCourseFiles(): CourseFiles {
  if (!cached || process.env.NODE_ENV === "development") {
    const files = readCourseFiles();
    cached = {
      files,
      registered: cached?.files.versionId === files.versionId && cached.registered,
    };
  }
  return cached.files;
}

/**
 * Registers the current core version (id = content hash) once and returns it.
 * Its lessons' texts are stored by hash with it, so the version keeps its
 * texts when the files in courses/ change (decision 006).
 */
export async function ensureCurrentCoreVersion(): Promise<{
  id: string;
  label: string;
  manifest: CoreManifest;
}> {
  const files = currentCourseFiles();
  const manifest = toManifest(files);
  if (!cached?.registered) {
    await db.$transaction([
      db.lessonSource.createMany({ data: lessonSources(files), skipDuplicates: true }),
      db.coreVersion.upsert({
        where: { id: files.versionId },
        create: { id: files.versionId, label: files.label, manifest },
        update: {},
      }),
    ]);
    if (cached) cached.registered = true;
  }
  return { id: files.versionId, label: files.label, manifest };
}

/** The default course run of a new cohort: every core module in order, all required. */
export function defaultCourseRun(
  manifest: CoreManifest,
): { moduleKey: string; position: number; required: boolean }[] {
  return manifest.core.map((module, index) => ({
    moduleKey: module.key,
    position: index + 1,
    required: true,
  }));
}
