import { getMDXComponent } from "mdx-bundler/client/index.js";
import { compiledInMemory } from "~/modules/courses/compile-mdx.server";
import type { LessonComponent } from "./lesson-modules";

// On the server (Node, no CSP) the compiled code becomes a component as mdx-bundler does it;
// that costs a `new Function` per code, so components are kept per module address.
const components = new Map<string, LessonComponent>();
const MAX_CACHED = 200;

/**
 * The component of a lesson module for the server render. The page's loader
 * compiled it in this process just before (compileLessonModule, compileMdxModule),
 * so its code is in memory.
 */
export function serverLessonComponent(href: string): LessonComponent {
  let Content = components.get(href);
  if (!Content) {
    const compiled = compiledInMemory(href);
    if (!compiled)
      throw new Error(`Lesson module ${href} was not compiled by this request's loader`);
    Content = getMDXComponent(compiled.code) as LessonComponent;
    if (components.size >= MAX_CACHED) components.delete(components.keys().next().value!);
    components.set(href, Content);
  }
  return Content;
}
