import { json, redirect } from "@remix-run/node";
import { badRequest, forbidden } from "~/modules/auth/guards.server";
import { compileMdxModule } from "~/modules/courses/compile-mdx.server";
import {
  MAX_LESSONS,
  checkModuleValues,
  readModuleValues,
  type ModuleValues,
} from "~/modules/courses/local-module-form";
import { checkSafeMdx, type MdxProblem } from "~/modules/courses/mdx-guard";
import { saveLocalModule } from "~/modules/courses/save-local-module.server";

type EditorResult = {
  values: ModuleValues;
  errors: Record<string, string>;
  problems: Record<number, MdxProblem[]>;
  preview: { index: number; title: string; module: string } | null;
  /** Changes on every answer, so the form shows these values again. */
  revision: number;
};

const answer = (result: Omit<EditorResult, "revision">, status = 200) =>
  json<EditorResult>({ ...result, revision: Date.now() }, status);

export const emptyLesson = () => ({ slug: "", title: "", minutes: "10", body: "" });

/**
 * The local-module editor's form: add or remove a lesson, preview one, save
 * a draft or publish. Every body passes the MDX guard before it is compiled
 * or stored; refused content is shown again with its problems, nothing saved.
 */
export async function handleEditorForm({
  form,
  ownerId,
  moduleId,
}: {
  form: FormData;
  ownerId: string;
  moduleId: string | null;
}) {
  const intent = String(form.get("intent") ?? "");
  const values = readModuleValues(form);
  const none = { errors: {}, problems: {}, preview: null };

  if (intent === "add-lesson") {
    if (values.lessons.length < MAX_LESSONS) values.lessons.push(emptyLesson());
    return answer({
      values,
      ...none,
      errors:
        values.lessons.length >= MAX_LESSONS ? { lessons: "course.editor.errors.tooMany" } : {},
    });
  }
  const removeMatch = /^remove-lesson:(\d+)$/.exec(intent);
  if (removeMatch) {
    values.lessons.splice(Number(removeMatch[1]), 1);
    return answer({ values, ...none });
  }
  const previewMatch = /^preview:(\d+)$/.exec(intent);
  if (previewMatch) {
    const index = Number(previewMatch[1]);
    const lesson = values.lessons[index];
    if (!lesson) return answer({ values, ...none }, 400);
    const checked = checkSafeMdx(lesson.body);
    if (!checked.ok)
      return answer({ values, ...none, problems: { [index]: checked.problems } }, 400);
    try {
      const lessonModule = await compileMdxModule(lesson.body);
      return answer({
        values,
        ...none,
        preview: { index, title: lesson.title, module: lessonModule },
      });
    } catch {
      return answer({ values, ...none, problems: { [index]: [{ line: 1, code: "syntax" }] } }, 400);
    }
  }
  if (intent !== "draft" && intent !== "publish") badRequest();

  const checked = checkModuleValues(values);
  if (!checked.ok)
    return answer(
      { values, errors: checked.errors, problems: checked.problems, preview: null },
      400,
    );
  const saved = await saveLocalModule({
    ownerId,
    moduleId,
    input: checked.input,
    publish: intent === "publish",
  });
  if (!saved) forbidden();
  return redirect(
    `/modules/${saved.moduleId}/bewerken?${intent === "publish" ? "gepubliceerd" : "concept"}=${saved.number}`,
  );
}
