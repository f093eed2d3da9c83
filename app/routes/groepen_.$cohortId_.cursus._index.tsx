import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CourseOverview } from "~/components/course/course-overview";
import { isStaffRole, requireCohortMember } from "~/modules/cohorts/access.server";
import { loadCourseOverview } from "~/modules/courses/course-overview.server";
import { newerLocalVersions } from "~/modules/courses/edit-run.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, cohortId, role } = await requireCohortMember(request, params.cohortId);
  const isStaff = isStaffRole(role);
  const [overview, newerLocal] = await Promise.all([
    loadCourseOverview({ cohortId, userId: user.id }),
    isStaff ? newerLocalVersions({ cohortId }) : ([] as string[]),
  ]);
  return json({ cohortId, isStaff, newerLocal, ...overview });
}

export default function CourseOverviewRoute() {
  const data = useLoaderData<typeof loader>();
  return (
    <CourseOverview
      cohortId={data.cohortId}
      courseTitle={data.courseTitle}
      modules={data.modules}
      version={data.version}
      isStaff={data.isStaff}
      newerLocal={data.newerLocal}
    />
  );
}
