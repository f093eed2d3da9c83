import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ReportsPage } from "~/components/forum/reports-page";
import { loadReports, reportsAction } from "~/modules/forum/reports-route.server";

export const loader = ({ request }: LoaderFunctionArgs) => loadReports({ request, cohortId: null });

export const action = ({ request }: ActionFunctionArgs) => reportsAction({ request, cohortId: null });

export default function ReportsRoute() {
  return <ReportsPage data={useLoaderData<typeof loader>()} />;
}
