import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ReportsPage } from "~/components/forum/reports-page";
import { loadReports, reportsAction } from "~/modules/forum/reports-route.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadReports({ request, cohortId: params.cohortId ?? "" });

export const action = ({ request, params }: ActionFunctionArgs) => reportsAction({ request, cohortId: params.cohortId ?? "" });

export default function ReportsRoute() {
  return <ReportsPage data={useLoaderData<typeof loader>()} />;
}
