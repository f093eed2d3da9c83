import { useContext } from "react";
import { LessonContext, type LessonContextValue } from "./lesson-context";
import { browserLessonComponent, ServerLessonModules } from "./lesson-modules";
import { COURSE_COMPONENTS } from "./mdx-components";

/**
 * Renders a compiled lesson, given the address of its module, with the course
 * components. The server renders it from the compiled code; the browser
 * imports the module (decision 023). No Suspense boundary here: React 18
 * hydrates a boundary after the rest of the page, after the root has put back
 * what was typed before hydration (keep-typed-text), and a reflection's text
 * would be reset. A lesson whose module is not loaded yet (a client
 * navigation, an editor preview) suspends the navigation's transition: the
 * previous page stays until the module is in.
 */
export function MdxContent({ module, context }: { module: string; context: LessonContextValue }) {
  const onServer = useContext(ServerLessonModules);
  const Content = onServer ? onServer(module) : browserLessonComponent(module);
  return (
    <LessonContext.Provider value={context}>
      <div className="lesson-body" data-lesson-module={module}>
        <link rel="modulepreload" href={module} />
        <Content components={COURSE_COMPONENTS as never} />
      </div>
    </LessonContext.Provider>
  );
}
