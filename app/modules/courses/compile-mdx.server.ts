import { createHash } from "node:crypto";
import { bundleMDX } from "mdx-bundler";
import { db } from "~/utils/db.server";
import { createCompileCache, type Compiled } from "./compile-cache.server";
import type { LessonSource } from "./course-run";
import { lessonText } from "./course-run.server";

const cache = createCompileCache({
  compile: async (source) => {
    const { code, frontmatter } = await bundleMDX({ source });
    return { code, frontmatter: (frontmatter ?? {}) as Record<string, unknown> };
  },
  store: {
    async get(hash) {
      const row = await db.compiledContent.findUnique({ where: { hash }, select: { code: true, frontmatter: true } });
      return row ? { code: row.code, frontmatter: (row.frontmatter ?? {}) as Record<string, unknown> } : null;
    },
    async put(hash, { code, frontmatter }) {
      // Another server may have stored the same hash meanwhile; the content is identical.
      await db.compiledContent.createMany({ data: [{ hash, code, frontmatter: frontmatter as object }], skipDuplicates: true });
    },
  },
});

// The compiler is part of the key, so an upgrade of mdx-bundler never serves stale code.
const COMPILER = "mdx-bundler@10";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Compiles MDX text (a local module lesson, a preview) once per content version. */
export function compileMdx(source: string): Promise<Compiled> {
  return cache.get(`${COMPILER}:${sha256(source)}`, () => source);
}

/**
 * Compiles a lesson of a course run. A core lesson's key is its pinned
 * content hash, so a cached lesson is served without reading its text.
 */
export function compileLessonSource(source: LessonSource): Promise<Compiled> {
  return source.kind === "file" ? cache.get(`${COMPILER}:${source.hash}`, () => lessonText(source)) : compileMdx(source.body);
}
