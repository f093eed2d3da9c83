import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SpacePage } from "~/components/forum/space-page";
import { loadSpace } from "~/modules/forum/space-route.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadSpace({ request, cohortId: params.cohortId ?? "" });

export default function CohortCasesPage() {
  return <SpacePage data={useLoaderData<typeof loader>()} />;
}
