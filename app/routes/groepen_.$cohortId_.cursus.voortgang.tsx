import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CheckResults } from "~/components/course/check-results";
import { ModuleTimes } from "~/components/course/module-times";
import { ProgressTable } from "~/components/course/progress-table";
import { WaitingCases } from "~/components/course/waiting-cases";
import { requireCohortStaff } from "~/modules/cohorts/access.server";
import { getCheckResults } from "~/modules/courses/check-results.server";
import { getCohortProgress } from "~/modules/courses/progress.server";
import { getModuleTimes, LESSON_CAP_MINUTES } from "~/modules/courses/study-time.server";
import { MIN_GROUP_SIZE } from "~/modules/evaluation/aggregate";
import { casesWaitingForOtherWorld } from "~/modules/forum/cross-sector.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohortId } = await requireCohortStaff(request, params.cohortId);
  const [progress, times, checks, waiting] = await Promise.all([getCohortProgress({ cohortId }), getModuleTimes({ cohortId }), getCheckResults({ cohortId }), casesWaitingForOtherWorld({ cohortId })]);
  return json({ cohortId, progress, times, checks, waiting, cap: LESSON_CAP_MINUTES, min: MIN_GROUP_SIZE });
}

export default function ProgressRoute() {
  const { cohortId, progress, times, checks, waiting, cap, min } = useLoaderData<typeof loader>();
  return (
    <>
      <ProgressTable cohortId={cohortId} progress={progress} />
      <WaitingCases cohortId={cohortId} cases={waiting} modules={progress.modules} />
      <ModuleTimes times={times} cap={cap} min={min} />
      <CheckResults results={checks} min={min} />
    </>
  );
}
