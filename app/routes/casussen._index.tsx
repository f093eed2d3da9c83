import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SpacePage } from "~/components/forum/space-page";
import { loadSpace } from "~/modules/forum/space-route.server";

export const loader = ({ request }: LoaderFunctionArgs) => loadSpace({ request, cohortId: null });

export default function CourseCasesPage() {
  return <SpacePage data={useLoaderData<typeof loader>()} />;
}
