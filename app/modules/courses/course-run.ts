import type { CoreManifest, ManifestModule, ModuleFile } from "./course-files.server";

/**
 * Where a lesson's MDX comes from. A core or shipped lesson is its pinned
 * version's text, found by content hash (`file` is the current file when it
 * still has that hash, so the hot path never asks the database); a local
 * module's lesson is the text stored with its pinned version.
 */
export type LessonSource =
  | { kind: "file"; hash: string; file: string | null; fallbackFile: string | null }
  | { kind: "text"; body: string };
export type RunLesson = {
  slug: string;
  title: string;
  minutes: number;
  source: LessonSource;
  isNew: boolean;
};
export type RunModule = {
  /** "kern/<slug>", "lokaal/<slug>" or "lm/<localModuleId>"; also the URL path of the module. */
  key: string;
  kind: "kern" | "lokaal" | "lm";
  title: string;
  minutes: number;
  goals: string[];
  intro: string;
  region: string | null;
  required: boolean;
  /** A core module meant for coordinators and boards (frontmatter `audience: coordinators`): the one kind of core module a cohort may make optional. */
  forCoordinators: boolean;
  /** The pinned version number of a local module; null for the core and shipped modules. */
  version: number | null;
  lessons: RunLesson[];
};
/** The course a cohort follows, as pinned: its core version and the version of each local module. */
export type CourseRun = {
  cohortId: string;
  name: string;
  minEvenings: number;
  requireEvaluation: boolean;
  eveningCount: number;
  coreVersion: { id: string; label: string; title: string };
  modules: RunModule[];
};
/** One stored row of a cohort's run; `localVersionId` is the pinned version of an "lm/" module. */
export type RunRow = {
  moduleKey: string;
  position: number;
  required: boolean;
  localVersionId: string | null;
  newLessons: string[];
};
type StoredLesson = { slug: string; title: string; minutes: number; body: string };
export type PinnedLocalVersion = {
  id: string;
  moduleId: string;
  number: number;
  title: string;
  goals: string[];
  region: string | null;
  lessons: StoredLesson[];
};
export type PinnedCoreVersion = { id: string; label: string; manifest: CoreManifest };

/**
 * The modules a cohort follows, in position order: core and shipped modules
 * from its pinned core version, "lm/" modules from their pinned version.
 * Rows whose module is not in what they pin are left out, so a removed
 * lesson or module stops counting everywhere at once.
 */
export function buildRunModules({
  rows,
  core,
  locals,
  files,
}: {
  rows: RunRow[];
  core: PinnedCoreVersion;
  locals: Map<string, PinnedLocalVersion>;
  files: { core: ModuleFile[]; local: ModuleFile[] };
}): RunModule[] {
  const pinned = new Map(
    [...core.manifest.core, ...core.manifest.local].map((module) => [module.key, module]),
  );
  const current = new Map([...files.core, ...files.local].map((module) => [module.key, module]));
  return [...rows]
    .sort((a, b) => a.position - b.position)
    .flatMap((row): RunModule[] => {
      const isNew = new Set(row.newLessons);
      const manifest = pinned.get(row.moduleKey);
      if (manifest)
        return [pinnedFileModule(manifest, current.get(row.moduleKey), row.required, isNew)];
      const local = row.localVersionId ? locals.get(row.localVersionId) : undefined;
      return local && row.moduleKey === `lm/${local.moduleId}`
        ? [storedModule(local, row.required, isNew)]
        : [];
    });
}

function pinnedFileModule(
  module: ManifestModule,
  file: ModuleFile | undefined,
  required: boolean,
  isNew: Set<string>,
): RunModule {
  const currentByHash = new Map(file?.lessons.map((lesson) => [lesson.hash, lesson.file]));
  const currentBySlug = new Map(file?.lessons.map((lesson) => [lesson.slug, lesson.file]));
  return {
    key: module.key,
    kind: module.kind,
    title: module.title,
    minutes: module.minutes,
    goals: module.goals,
    // Versions registered before the intro was part of the manifest show the current one.
    intro: module.intro ?? file?.intro ?? "",
    region: module.region ?? null,
    required,
    // Versions registered before the mark was in the frontmatter take it from the current files.
    forCoordinators: (module.audience ?? file?.audience) === "coordinators",
    version: null,
    lessons: module.lessons.map((lesson) => ({
      slug: lesson.slug,
      title: lesson.title,
      minutes: lesson.minutes,
      source: {
        kind: "file",
        hash: lesson.hash,
        file: currentByHash.get(lesson.hash) ?? null,
        fallbackFile: currentBySlug.get(lesson.slug) ?? null,
      },
      isNew: isNew.has(lesson.slug),
    })),
  };
}

function storedModule(
  version: PinnedLocalVersion,
  required: boolean,
  isNew: Set<string>,
): RunModule {
  return {
    key: `lm/${version.moduleId}`,
    kind: "lm",
    title: version.title,
    minutes: version.lessons.reduce((sum, lesson) => sum + lesson.minutes, 0),
    goals: version.goals,
    intro: "",
    region: version.region,
    required,
    forCoordinators: false,
    version: version.number,
    lessons: version.lessons.map((lesson) => ({
      slug: lesson.slug,
      title: lesson.title,
      minutes: lesson.minutes,
      source: { kind: "text", body: lesson.body },
      isNew: isNew.has(lesson.slug),
    })),
  };
}

type ModuleProgress = { done: number; total: number };
export type RunProgress = {
  modules: Record<string, ModuleProgress>;
  done: number;
  total: number;
  missingRequired: string[];
};

/**
 * The one progress count: per module of the run, how many of its lessons the
 * finished "moduleKey/lessonSlug" keys cover. Only lessons of the pinned run
 * count, so a lesson that disappeared neither blocks nor adds anything.
 */
export function countProgress(modules: RunModule[], done: Iterable<string>): RunProgress {
  const finished = new Set(done);
  const perModule: Record<string, ModuleProgress> = {};
  let doneTotal = 0;
  let total = 0;
  for (const module of modules) {
    const count = module.lessons.filter((lesson) =>
      finished.has(`${module.key}/${lesson.slug}`),
    ).length;
    perModule[module.key] = { done: count, total: module.lessons.length };
    doneTotal += count;
    total += module.lessons.length;
  }
  const missingRequired = modules
    .filter((module) => module.required && perModule[module.key].done < module.lessons.length)
    .map((module) => module.key);
  return { modules: perModule, done: doneTotal, total, missingRequired };
}

/** Whether the facilitator may make this module optional: every local module, and from the core only those meant for coordinators and boards. */
export const mayBeOptional = (module: Pick<RunModule, "kind" | "forCoordinators">) =>
  module.kind !== "kern" || module.forCoordinators;

/** Planned minutes of study of the run's required modules (a module's declared minutes, or the sum of its lessons). */
export function requiredStudyMinutes(modules: RunModule[]): number {
  return modules
    .filter((module) => module.required)
    .reduce(
      (sum, module) =>
        sum +
        (module.minutes > 0
          ? module.minutes
          : module.lessons.reduce((total, lesson) => total + lesson.minutes, 0)),
      0,
    );
}

type LessonChange = { slug: string; title: string };
export type VersionChanges = {
  added: LessonChange[];
  removed: LessonChange[];
  changed: LessonChange[];
};

/** What a new version changes in a module's lessons, compared by slug and content hash. */
export function diffLessons(
  before: { slug: string; title: string; hash: string }[],
  after: { slug: string; title: string; hash: string }[],
): VersionChanges {
  const old = new Map(before.map((lesson) => [lesson.slug, lesson]));
  const next = new Map(after.map((lesson) => [lesson.slug, lesson]));
  return {
    added: after
      .filter((lesson) => !old.has(lesson.slug))
      .map(({ slug, title }) => ({ slug, title })),
    removed: before
      .filter((lesson) => !next.has(lesson.slug))
      .map(({ slug, title }) => ({ slug, title })),
    changed: after
      .filter(
        (lesson) =>
          old.has(lesson.slug) &&
          (old.get(lesson.slug)?.hash !== lesson.hash ||
            old.get(lesson.slug)?.title !== lesson.title),
      )
      .map(({ slug, title }) => ({ slug, title })),
  };
}

export const hasChanges = (changes: VersionChanges) =>
  changes.added.length + changes.removed.length + changes.changed.length > 0;

/**
 * New positions (1..n) after moving one module a place up or down; an
 * impossible move (first up, last down, unknown key) keeps the order.
 */
export function moveInRun<R extends { moduleKey: string; position: number }>(
  rows: R[],
  moduleKey: string,
  direction: "up" | "down",
): { moduleKey: string; position: number }[] {
  const ordered = [...rows].sort((a, b) => a.position - b.position).map((row) => row.moduleKey);
  const from = ordered.indexOf(moduleKey);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from !== -1 && to >= 0 && to < ordered.length)
    [ordered[from], ordered[to]] = [ordered[to], ordered[from]];
  return ordered.map((key, index) => ({ moduleKey: key, position: index + 1 }));
}

/** The lesson before and after `lessonSlug` across the whole run, for previous/next links. */
export function neighbours(run: RunModule[], moduleKey: string, lessonSlug: string) {
  const flat = run.flatMap((module) =>
    module.lessons.map((lesson) => ({
      moduleKey: module.key,
      slug: lesson.slug,
      title: lesson.title,
    })),
  );
  const index = flat.findIndex(
    (lesson) => lesson.moduleKey === moduleKey && lesson.slug === lessonSlug,
  );
  return {
    previous: index > 0 ? flat[index - 1] : null,
    next: index >= 0 && index < flat.length - 1 ? flat[index + 1] : null,
  };
}

/** A run without lesson sources: what a page needs to list modules and lessons. */
export function publicRun(run: RunModule[]) {
  return run.map(({ lessons, ...module }) => ({
    ...module,
    lessons: lessons.map(({ slug, title, minutes, isNew }) => ({ slug, title, minutes, isNew })),
  }));
}
