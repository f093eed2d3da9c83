import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ReportsPage } from "~/components/forum/reports-page";
import { loadReports, reportsAction } from "~/http/forum/reports-route.server";

// Also the course-wide space (/casussen…, no cohortId): remix.config.js routes().
export const loader = ({ request, params }: LoaderFunctionArgs) =>
  loadReports({ request, cohortId: params.cohortId ?? null });

export const action = ({ request, params }: ActionFunctionArgs) =>
  reportsAction({ request, cohortId: params.cohortId ?? null });

export default function ReportsRoute() {
  return <ReportsPage data={useLoaderData<typeof loader>()} />;
}
