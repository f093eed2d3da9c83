import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ModuleList } from "~/components/course/module-list";
import { requireRole } from "~/modules/auth/guards.server";
import { listLocalModules } from "~/modules/courses/local-module-queries.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "FACILITATOR");
  return json(await listLocalModules({ userId: user.id }));
}

export default function ModulesRoute() {
  const { mine, shared } = useLoaderData<typeof loader>();
  return <ModuleList mine={mine} shared={shared} />;
}
