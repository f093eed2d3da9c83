import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ModuleView } from "~/components/course/module-view";
import { badRequest, notFound, requireRole } from "~/modules/auth/guards.server";
import { compileMdxModule } from "~/modules/courses/compile-mdx.server";
import { getReadableModule } from "~/modules/courses/local-module-queries.server";
import { copyLocalModule } from "~/modules/courses/save-local-module.server";
import { requireId } from "~/utils/ids";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "FACILITATOR");
  const module = await getReadableModule({
    moduleId: requireId(params.moduleId),
    viewerId: user.id,
  });
  if (!module) notFound();
  const lessons = await Promise.all(
    module.lessons.map(async (lesson) => ({
      slug: lesson.slug,
      title: lesson.title,
      minutes: lesson.minutes,
      module: await compileMdxModule(lesson.body),
    })),
  );
  return json({ module: { ...module, lessons } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "FACILITATOR");
  const form = await request.formData();
  if (form.get("intent") !== "copy") badRequest();
  const copyId = await copyLocalModule({ moduleId: requireId(params.moduleId), userId: user.id });
  if (!copyId) notFound();
  return redirect(`/modules/${copyId}/bewerken?gekopieerd=1`);
}

export default function ModuleViewRoute() {
  return <ModuleView module={useLoaderData<typeof loader>().module} />;
}
