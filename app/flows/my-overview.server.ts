import { db } from "~/utils/db.server";
import { getCertificate } from "~/modules/certificates/get-certificate.server";
import { attendanceOutlooks } from "~/modules/cohorts/apologies.server";
import { getCompletion } from "~/modules/cohorts/completion.server";
import { countProgress } from "~/modules/courses/course-run";
import { loadCourseRun } from "~/modules/courses/course-run.server";

/**
 * A volunteer's home: per cohort they take part in, the progress and what
 * is left, the next evening and their attendance; and every certificate they
 * hold, also from cohorts they have left (a certificate is theirs).
 */
export async function getMyOverview({ userId }: { userId: string }) {
  const [memberships, certificates] = await Promise.all([
    db.cohortMember.findMany({
      where: { userId, role: "PARTICIPANT", removedAt: null },
      orderBy: { cohort: { startsOn: "desc" } },
      select: { cohort: { select: { id: true, name: true, place: true, archivedAt: true } } },
    }),
    db.certificate.findMany({
      where: { userId },
      orderBy: { issuedAt: "desc" },
      select: { id: true, cohortId: true },
    }),
  ]);
  const cohorts = await Promise.all(
    memberships.map(async ({ cohort }) => {
      const [run, progress, completion, [outlook], next, apologies, past] = await Promise.all([
        loadCourseRun({ cohortId: cohort.id }),
        db.lessonProgress.findMany({
          where: { userId, cohortId: cohort.id },
          select: { moduleKey: true, lessonSlug: true },
        }),
        getCompletion({ cohortId: cohort.id, userId }),
        attendanceOutlooks({ cohortId: cohort.id, userId }),
        db.evening.findFirst({
          where: { cohortId: cohort.id, cancelledAt: null, endsAt: { gte: new Date() } },
          orderBy: { startsAt: "asc" },
          select: { id: true, startsAt: true, endsAt: true, place: true, topic: true },
        }),
        db.eveningApology.findMany({
          where: { userId, evening: { cohortId: cohort.id } },
          select: { eveningId: true },
        }),
        db.evening.findMany({
          where: { cohortId: cohort.id, cancelledAt: null, startsAt: { lt: new Date() } },
          orderBy: { startsAt: "asc" },
          select: {
            id: true,
            topic: true,
            startsAt: true,
            endsAt: true,
            attendance: { where: { userId }, select: { status: true } },
          },
        }),
      ]);
      // The one progress count of the pinned run (the same the cohort page and completion use).
      const counted = countProgress(
        run?.modules ?? [],
        progress.map((row) => `${row.moduleKey}/${row.lessonSlug}`),
      );
      return {
        id: cohort.id,
        name: cohort.name,
        place: cohort.place,
        archived: Boolean(cohort.archivedAt),
        lessonsDone: counted.done,
        lessonsTotal: counted.total,
        completion: completion
          ? {
              complete: completion.complete,
              missingModuleTitles: completion.missingModuleTitles,
              missingEvenings: completion.missing.evenings,
              missingEvaluation: completion.missing.evaluation,
              hasCertificate: completion.hasCertificate,
            }
          : null,
        outlook: outlook ?? null,
        next: next
          ? { ...next, apologised: apologies.some((row) => row.eveningId === next.id) }
          : null,
        attendance: past.map((evening) => ({
          id: evening.id,
          topic: evening.topic,
          startsAt: evening.startsAt,
          endsAt: evening.endsAt,
          status: evening.attendance[0]?.status ?? null,
          apologised: apologies.some((row) => row.eveningId === evening.id),
        })),
      };
    }),
  );
  const owned = (
    await Promise.all(certificates.map((row) => getCertificate({ cohortId: row.cohortId, userId })))
  ).filter((row) => row !== null);
  return { cohorts, certificates: owned };
}

/** One of the person's own certificates by id (null when it is not theirs): membership of the cohort is not needed. */
export async function getOwnCertificate({
  certificateId,
  userId,
}: {
  certificateId: string;
  userId: string;
}) {
  const row = await db.certificate.findFirst({
    where: { id: certificateId, userId },
    select: { cohortId: true },
  });
  return row ? getCertificate({ cohortId: row.cohortId, userId }) : null;
}
