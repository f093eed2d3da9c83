import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ModulePage } from "~/components/course/module-page";
import { notFound } from "~/modules/auth/guards.server";
import { requireCohortMember } from "~/modules/cohorts/access.server";
import { loadModulePage } from "~/modules/courses/module-page.server";
import { moduleKeyOf } from "~/modules/courses/lesson-page.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, cohortId } = await requireCohortMember(request, params.cohortId);
  const moduleKey = moduleKeyOf(params.kind, params.module);
  if (!moduleKey) notFound();
  const module = await loadModulePage({ cohortId, userId: user.id, moduleKey });
  if (!module) notFound();
  return json({ cohortId, module });
}

export default function ModuleRoute() {
  const { cohortId, module } = useLoaderData<typeof loader>();
  return <ModulePage cohortId={cohortId} module={module} />;
}
