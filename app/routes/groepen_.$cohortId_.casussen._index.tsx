import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SpacePage } from "~/components/forum/space-page";
import { loadSpace } from "~/http/forum/space-route.server";

// Also the course-wide space (/casussen…, no cohortId): remix.config.js routes().
export const loader = ({ request, params }: LoaderFunctionArgs) =>
  loadSpace({ request, cohortId: params.cohortId ?? null });

export default function CohortCasesPage() {
  return <SpacePage data={useLoaderData<typeof loader>()} />;
}
