import * as React from "react";
import * as ReactDOM from "react-dom";
import * as jsxRuntime from "react/jsx-runtime";

/** What a compiled lesson exports as default: its MDX body, rendered with our components. */
export type LessonComponent = React.ComponentType<{ components?: Record<string, unknown> }>;
type LessonModule = {
  default: (
    react: typeof React,
    reactDom: typeof ReactDOM,
    runtime: typeof jsxRuntime,
  ) => { default: LessonComponent };
};

/**
 * On the server, entry.server provides the component of a module address
 * (from the code the loader compiled); in the browser there is none and the
 * lesson's module is imported from its address (decision 023).
 */
export const ServerLessonModules = React.createContext<((href: string) => LessonComponent) | null>(
  null,
);

const loaded = new Map<string, LessonComponent>();
const pending = new Map<string, Promise<LessonComponent>>();
const lazies = new Map<string, React.LazyExoticComponent<LessonComponent>>();

/**
 * Imports a lesson module (a same-origin, content-hashed script that
 * `script-src 'self'` allows) and calls it with this page's React: no eval.
 */
function loadLessonModule(href: string): Promise<LessonComponent> {
  const done = loaded.get(href);
  if (done) return Promise.resolve(done);
  let job = pending.get(href);
  if (!job) {
    job = (import(href) as Promise<LessonModule>).then((module) => {
      const Content = module.default(React, ReactDOM, jsxRuntime).default;
      loaded.set(href, Content);
      return Content;
    });
    pending.set(href, job);
    void job.finally(() => pending.delete(href)).catch(() => undefined);
  }
  return job;
}

/**
 * Before the first hydration (entry.client): imports the modules of the
 * lessons the server rendered, so the first client render is the server's
 * tree. A module that fails to load leaves its lesson to suspend (and keep
 * the server's HTML) until it loads.
 */
export function loadLessonModulesOnPage(): Promise<unknown> {
  const hrefs = new Set(
    [...document.querySelectorAll<HTMLElement>("[data-lesson-module]")].map(
      (element) => element.dataset.lessonModule!,
    ),
  );
  return Promise.all([...hrefs].map((href) => loadLessonModule(href).catch(() => undefined)));
}

/**
 * The component of a lesson module in the browser: at once when loaded, else
 * lazily (a lesson met by a client navigation or a preview). Remix renders
 * navigations in a transition (v7_startTransition), so the lazy one suspends
 * that transition; when React renders again the module is loaded and the
 * loaded component is returned, so the lazy one is never mounted.
 */
export function browserLessonComponent(href: string): LessonComponent {
  const done = loaded.get(href);
  if (done) return done;
  let Lazy = lazies.get(href);
  if (!Lazy) {
    Lazy = React.lazy(() => loadLessonModule(href).then((Content) => ({ default: Content })));
    lazies.set(href, Lazy);
  }
  return Lazy as unknown as LessonComponent;
}
