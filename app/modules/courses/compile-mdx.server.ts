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
      const row = await db.compiledContent.findUnique({
        where: { hash },
        select: { code: true, frontmatter: true },
      });
      return row
        ? { code: row.code, frontmatter: (row.frontmatter ?? {}) as Record<string, unknown> }
        : null;
    },
    async put(hash, { code, frontmatter }) {
      // Another server may have stored the same hash meanwhile; the content is identical.
      await db.compiledContent.createMany({
        data: [{ hash, code, frontmatter: frontmatter as object }],
        skipDuplicates: true,
      });
    },
  },
});

// The compiler is part of the key, so an upgrade of mdx-bundler never serves stale code.
const COMPILER = "mdx-bundler@10";
// The compiler and the module wrapper (lessonModuleText) in a lesson module's address: a change of
// either gives new addresses, so a browser never keeps an old module under an address cached for good.
const MODULE_FORMAT = "m10a";
const MODULE_HREF = new RegExp(`^${MODULE_FORMAT}-([0-9a-f]{64})\\.js$`);

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const cacheKey = (contentHash: string) => `${COMPILER}:${contentHash}`;
const moduleHref = (contentHash: string) => `/lescode/${MODULE_FORMAT}-${contentHash}.js`;

/** Compiles MDX text (a local module lesson, a preview) once per content version. */
export function compileMdx(source: string): Promise<Compiled> {
  return cache.get(cacheKey(sha256(source)), () => source);
}

/**
 * Compiles a lesson of a course run. A core lesson's key is its pinned
 * content hash, so a cached lesson is served without reading its text.
 */
function compileLessonSource(source: LessonSource): Promise<Compiled> {
  return source.kind === "file"
    ? cache.get(cacheKey(source.hash), () => lessonText(source))
    : compileMdx(source.body);
}

/**
 * Compiles MDX text and answers the address of its lesson module (decision 023):
 * `/lescode/<format>-<sha256 of the MDX>.js`, the same for the same text.
 */
export async function compileMdxModule(source: string): Promise<string> {
  const hash = sha256(source);
  await cache.get(cacheKey(hash), () => source);
  return moduleHref(hash);
}

/** The lesson module of a run's lesson (a core lesson's address carries its pinned content hash). */
export async function compileLessonModule(source: LessonSource): Promise<string> {
  if (source.kind === "text") return compileMdxModule(source.body);
  await compileLessonSource(source);
  return moduleHref(source.hash);
}

/**
 * The compiled code of a lesson module that was compiled before (by a page
 * that named it), or null: the address alone never compiles anything, so it
 * can only serve what the compiler made of checked MDX.
 */
export async function findLessonModule(file: string): Promise<Compiled | null> {
  const hash = MODULE_HREF.exec(file)?.[1];
  return hash ? cache.find(cacheKey(hash)) : null;
}

/** The compiled code behind a module address, from this process's memory (the page's loader compiled it), for the server render. */
export function compiledInMemory(href: string): Compiled | null {
  const hash = href.startsWith("/lescode/")
    ? MODULE_HREF.exec(href.slice("/lescode/".length))?.[1]
    : undefined;
  return hash ? cache.peek(cacheKey(hash)) : null;
}

/**
 * A lesson's compiled code as an ES module. mdx-bundler's code is a function
 * body that expects `React`, `ReactDOM` and `_jsx_runtime` in scope and returns
 * the MDX exports; the module exports that body as a function, so the browser
 * calls it with the app's own React instead of building it with `new Function`.
 */
export function lessonModuleText(code: string): string {
  return `export default function lesson(React, ReactDOM, _jsx_runtime) {\n${code}\n}\n`;
}
