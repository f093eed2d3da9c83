import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ProgressTable } from "~/components/course/progress-table";
import { requireCohortStaff } from "~/modules/cohorts/access.server";
import { getCohortProgress } from "~/modules/courses/progress.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohortId } = await requireCohortStaff(request, params.cohortId);
  return json({ cohortId, progress: await getCohortProgress({ cohortId }) });
}

export default function ProgressRoute() {
  const { cohortId, progress } = useLoaderData<typeof loader>();
  return <ProgressTable cohortId={cohortId} progress={progress} />;
}
