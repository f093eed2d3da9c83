import { getMDXComponent } from "mdx-bundler/client/index.js";
import { LessonContext, type LessonContextValue } from "./lesson-context";
import { COURSE_COMPONENTS } from "./mdx-components";

// Turning compiled code into a component runs `new Function(code)`; on the
// server that would happen on every request, so components are kept per code.
const components = new Map<string, ReturnType<typeof getMDXComponent>>();
const MAX_CACHED = 200;

function componentFor(code: string) {
  let Content = components.get(code);
  if (!Content) {
    Content = getMDXComponent(code);
    if (components.size >= MAX_CACHED) components.delete(components.keys().next().value!);
    components.set(code, Content);
  }
  return Content;
}

/** Renders compiled lesson MDX with the course components. */
export function MdxContent({ code, context }: { code: string; context: LessonContextValue }) {
  const Content = componentFor(code);
  return (
    <LessonContext.Provider value={context}>
      <div className="lesson-body">
        <Content components={COURSE_COMPONENTS as never} />
      </div>
    </LessonContext.Provider>
  );
}
