import { getMDXComponent } from "mdx-bundler/client/index.js";
import { useMemo } from "react";
import { LessonContext, type LessonContextValue } from "./lesson-context";
import { COURSE_COMPONENTS } from "./mdx-components";

/** Renders compiled lesson MDX with the course components. */
export function MdxContent({ code, context }: { code: string; context: LessonContextValue }) {
  const Content = useMemo(() => getMDXComponent(code), [code]);
  return (
    <LessonContext.Provider value={context}>
      <div className="lesson-body">
        <Content components={COURSE_COMPONENTS as never} />
      </div>
    </LessonContext.Provider>
  );
}
