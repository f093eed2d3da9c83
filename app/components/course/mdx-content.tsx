import { Suspense, useContext } from "react";
import { LessonContext, type LessonContextValue } from "./lesson-context";
import { browserLessonComponent, ServerLessonModules } from "./lesson-modules";
import { COURSE_COMPONENTS } from "./mdx-components";

/**
 * Renders a compiled lesson, given the address of its module, with the course
 * components. The server renders it from the compiled code; the browser
 * imports the module (decision 023). The Suspense boundary only matters for a
 * lesson whose module is not loaded yet (a client navigation, a preview).
 */
export function MdxContent({ module, context }: { module: string; context: LessonContextValue }) {
  const onServer = useContext(ServerLessonModules);
  const Content = onServer ? onServer(module) : browserLessonComponent(module);
  return (
    <LessonContext.Provider value={context}>
      <div className="lesson-body" data-lesson-module={module}>
        <link rel="modulepreload" href={module} />
        <Suspense fallback={null}>
          <Content components={COURSE_COMPONENTS as never} />
        </Suspense>
      </div>
    </LessonContext.Provider>
  );
}
