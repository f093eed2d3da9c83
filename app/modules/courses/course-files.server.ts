import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { parse as parseYaml } from "yaml";

type LessonFile = {
  slug: string;
  title: string;
  order: number;
  minutes: number;
  file: string;
  hash: string;
};
export type ModuleFile = {
  /** "kern/<slug>" for the core, "lokaal/<slug>" for local modules shipped in courses/. */
  key: string;
  kind: "kern" | "lokaal";
  slug: string;
  title: string;
  order: number;
  minutes: number;
  goals: string[];
  region?: string;
  organisation?: string;
  /** "coordinators": a core module meant for coordinators and boards, which a cohort may make optional (frontmatter `audience`). */
  audience?: "coordinators";
  intro: string;
  lessons: LessonFile[];
};
export type CourseFiles = {
  versionId: string;
  label: string;
  title: string;
  description: string;
  core: ModuleFile[];
  local: ModuleFile[];
};

const COURSE_ROOT = path.resolve(process.cwd(), "courses/sportcoach");

/**
 * Reads the course in `courses/`: module and lesson frontmatter plus a hash
 * per lesson. The core's version id is a hash over every core file, so any
 * change to the core makes a new version.
 */
export function readCourseFiles(root = COURSE_ROOT): CourseFiles {
  const meta = parseYaml(readFileSync(path.join(root, "course.yml"), "utf8")) as {
    title: string;
    label: string;
    description: string;
  };
  const core = readModules(path.join(root, "kern"), "kern");
  const local = readModules(path.join(root, "lokaal"), "lokaal");
  const versionHash = createHash("sha256");
  versionHash.update(meta.label);
  for (const module of core)
    for (const lesson of module.lessons)
      versionHash.update(`${module.key}/${lesson.slug}:${lesson.hash}`);
  return {
    versionId: `kern-${versionHash.digest("hex").slice(0, 12)}`,
    label: meta.label,
    title: meta.title,
    description: meta.description,
    core,
    local,
  };
}

function readModules(dir: string, kind: "kern" | "lokaal"): ModuleFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => readModule(path.join(dir, entry.name), kind))
    .sort((a, b) => a.order - b.order);
}

function readModule(dir: string, kind: "kern" | "lokaal"): ModuleFile {
  const index = matter(readFileSync(path.join(dir, "index.mdx"), "utf8"));
  const data = index.data as {
    title: string;
    slug: string;
    order: number;
    minutes: number;
    goals: string[];
    region?: string;
    organisation?: string;
    audience?: "coordinators";
  };
  const lessons = readdirSync(dir)
    .filter((name) => name.endsWith(".mdx") && name !== "index.mdx")
    .map((name) => {
      const source = readFileSync(path.join(dir, name), "utf8");
      const lesson = matter(source).data as {
        slug: string;
        title: string;
        order: number;
        minutes: number;
      };
      return {
        ...lesson,
        file: path.join(dir, name),
        hash: createHash("sha256").update(source).digest("hex"),
      };
    })
    .sort((a, b) => a.order - b.order);
  return { key: `${kind}/${data.slug}`, kind, ...data, intro: index.content.trim(), lessons };
}

export type ManifestModule = Omit<ModuleFile, "lessons" | "intro"> & {
  intro?: string;
  lessons: { slug: string; title: string; order: number; minutes: number; hash: string }[];
};
export type CoreManifest = {
  title: string;
  label: string;
  core: ManifestModule[];
  local: ManifestModule[];
};

/** The manifest of the files as a core version: modules and lessons with their content hashes. */
export function toManifest(files: CourseFiles): CoreManifest {
  const strip = ({ lessons, ...module }: ModuleFile): ManifestModule => ({
    ...module,
    lessons: lessons.map(({ slug, title, order, minutes, hash }) => ({
      slug,
      title,
      order,
      minutes,
      hash,
    })),
  });
  return {
    title: files.title,
    label: files.label,
    core: files.core.map(strip),
    local: files.local.map(strip),
  };
}

/**
 * Every lesson's text by content hash: stored when the files are registered
 * as a core version, so a cohort pinned to that version reads these texts
 * after the files change (decision 006).
 */
export function lessonSources(files: CourseFiles): { hash: string; body: string }[] {
  const sources = new Map<string, string>();
  for (const module of [...files.core, ...files.local])
    for (const lesson of module.lessons)
      sources.set(lesson.hash, readFileSync(lesson.file, "utf8"));
  return [...sources].map(([hash, body]) => ({ hash, body }));
}
