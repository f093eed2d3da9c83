import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ModuleEditor } from "~/components/course/module-editor";
import { useT } from "~/components/use-t";
import { requireRole } from "~/modules/auth/guards.server";
import { emptyLesson, handleEditorForm } from "~/http/editor-action.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "FACILITATOR");
  return json({ values: { title: "", goals: "", region: "", lessons: [emptyLesson()] } });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "FACILITATOR");
  return handleEditorForm({ form: await request.formData(), ownerId: user.id, moduleId: null });
}

export default function NewModuleRoute() {
  const t = useT();
  const { values } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  return (
    <ModuleEditor
      heading={t("course.editor.newTitle")}
      status={null}
      state={data ?? { values, errors: {}, problems: {}, preview: null, revision: 0 }}
    />
  );
}
