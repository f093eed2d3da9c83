import type { ModuleFile } from "./course-files.server";

/** Where a lesson's MDX comes from: a file in courses/ or text stored with a local module. */
export type LessonSource = { kind: "file"; file: string; hash: string } | { kind: "text"; body: string };
export type RunLesson = { slug: string; title: string; minutes: number; source: LessonSource };
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
  lessons: RunLesson[];
};
export type RunRow = { moduleKey: string; position: number; required: boolean };
export type StoredLesson = { slug: string; title: string; minutes: number; body: string };
export type PublishedLocalModule = { moduleId: string; title: string; goals: string[]; region: string | null; lessons: StoredLesson[] };

/**
 * The course a cohort follows: its rows in position order, each resolved to
 * the current files (core, shipped local) or a published local module.
 * Rows whose module no longer exists are left out.
 */
export function resolveRun({ rows, files, published }: { rows: RunRow[]; files: { core: ModuleFile[]; local: ModuleFile[] }; published: PublishedLocalModule[] }): RunModule[] {
  const fromFiles = new Map([...files.core, ...files.local].map((module) => [module.key, module]));
  const fromDb = new Map(published.map((module) => [`lm/${module.moduleId}`, module]));
  return [...rows]
    .sort((a, b) => a.position - b.position)
    .flatMap((row): RunModule[] => {
      const file = fromFiles.get(row.moduleKey);
      if (file) return [fileModule(file, row.required)];
      const local = fromDb.get(row.moduleKey);
      return local ? [storedModule(row.moduleKey, local, row.required)] : [];
    });
}

export function fileModule(file: ModuleFile, required: boolean): RunModule {
  return {
    key: file.key,
    kind: file.kind,
    title: file.title,
    minutes: file.minutes,
    goals: file.goals,
    intro: file.intro,
    region: file.region ?? null,
    required,
    lessons: file.lessons.map((lesson) => ({ slug: lesson.slug, title: lesson.title, minutes: lesson.minutes, source: { kind: "file", file: lesson.file, hash: lesson.hash } })),
  };
}

export function storedModule(key: string, module: PublishedLocalModule, required: boolean): RunModule {
  return {
    key,
    kind: "lm",
    title: module.title,
    minutes: module.lessons.reduce((sum, lesson) => sum + lesson.minutes, 0),
    goals: module.goals,
    intro: "",
    region: module.region,
    required,
    lessons: module.lessons.map((lesson) => ({ slug: lesson.slug, title: lesson.title, minutes: lesson.minutes, source: { kind: "text", body: lesson.body } })),
  };
}

/**
 * New positions (1..n) after moving one module a place up or down; an
 * impossible move (first up, last down, unknown key) keeps the order.
 */
export function moveInRun<R extends { moduleKey: string; position: number }>(rows: R[], moduleKey: string, direction: "up" | "down"): { moduleKey: string; position: number }[] {
  const ordered = [...rows].sort((a, b) => a.position - b.position).map((row) => row.moduleKey);
  const from = ordered.indexOf(moduleKey);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from !== -1 && to >= 0 && to < ordered.length) [ordered[from], ordered[to]] = [ordered[to], ordered[from]];
  return ordered.map((key, index) => ({ moduleKey: key, position: index + 1 }));
}

/** The lesson before and after `lessonSlug` across the whole run, for previous/next links. */
export function neighbours(run: RunModule[], moduleKey: string, lessonSlug: string) {
  const flat = run.flatMap((module) => module.lessons.map((lesson) => ({ moduleKey: module.key, slug: lesson.slug, title: lesson.title })));
  const index = flat.findIndex((lesson) => lesson.moduleKey === moduleKey && lesson.slug === lessonSlug);
  return { previous: index > 0 ? flat[index - 1] : null, next: index >= 0 && index < flat.length - 1 ? flat[index + 1] : null };
}

/** A run without lesson sources: what a page needs to list modules and lessons. */
export function publicRun(run: RunModule[]) {
  return run.map(({ lessons, ...module }) => ({ ...module, lessons: lessons.map(({ slug, title, minutes }) => ({ slug, title, minutes })) }));
}
export type PublicRunModule = ReturnType<typeof publicRun>[number];
