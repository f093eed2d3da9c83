import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ModuleEditor } from "~/components/course/module-editor";
import { useT } from "~/components/use-t";
import { notFound, requireRole } from "~/modules/auth/guards.server";
import { handleEditorForm } from "~/http/editor-action.server";
import { getModuleForOwner } from "~/modules/courses/local-module-queries.server";
import { requireId } from "~/utils/ids";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "FACILITATOR");
  const module = await getModuleForOwner({
    moduleId: requireId(params.moduleId),
    ownerId: user.id,
  });
  if (!module) notFound();
  return json({
    status: module.status,
    number: module.number,
    values: {
      title: module.title,
      goals: module.goals.join("\n"),
      region: module.region ?? "",
      lessons: module.lessons.map((lesson) => ({
        slug: lesson.slug,
        title: lesson.title,
        minutes: String(lesson.minutes),
        body: lesson.body,
      })),
    },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "FACILITATOR");
  const module = await getModuleForOwner({
    moduleId: requireId(params.moduleId),
    ownerId: user.id,
  });
  if (!module) notFound();
  return handleEditorForm({
    form: await request.formData(),
    ownerId: user.id,
    moduleId: module.id,
  });
}

export default function EditModuleRoute() {
  const t = useT();
  const { values, status, number } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  return (
    <ModuleEditor
      heading={t("course.editor.editTitle", { title: values.title })}
      status={{ label: t(`course.modules.status.${status}`), number }}
      state={data ?? { values, errors: {}, problems: {}, preview: null, revision: 0 }}
    />
  );
}
