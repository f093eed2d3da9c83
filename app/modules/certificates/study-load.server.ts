import { requiredStudyMinutes } from "~/modules/courses/course-run";
import { loadCourseRun } from "~/modules/courses/course-run.server";
import { db } from "~/utils/db.server";
import { eveningMinutes } from "./study-load";

/**
 * Minutes of study for a certificate: the planned minutes of the required
 * modules of the cohort's pinned run plus the real length of every evening
 * the person attended. Also the course title and cohort name it was for.
 */
export async function computeStudyMinutes({
  cohortId,
  userId,
}: {
  cohortId: string;
  userId: string;
}): Promise<{ studyMinutes: number; courseTitle: string; cohortName: string }> {
  const [run, attended] = await Promise.all([
    loadCourseRun({ cohortId }),
    db.attendance.findMany({
      where: { userId, status: "PRESENT", evening: { cohortId, cancelledAt: null } },
      select: { evening: { select: { startsAt: true, endsAt: true } } },
    }),
  ]);
  const evenings = attended.reduce((sum, row) => sum + eveningMinutes(row.evening), 0);
  return {
    studyMinutes: (run ? requiredStudyMinutes(run.modules) : 0) + evenings,
    courseTitle: run?.coreVersion.title ?? "",
    cohortName: run?.name ?? "",
  };
}
