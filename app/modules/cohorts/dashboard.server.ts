import { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import type { Domain } from "~/modules/people/types";
import { checkResults } from "~/modules/courses/check-results.server";
import { countProgress } from "~/modules/courses/course-run";
import { courseRunSql, resolveCourseRun } from "~/modules/courses/course-run.server";
import { moduleTimes } from "~/modules/courses/study-time.server";
import { casesWaitingSql, type WaitingCase } from "./cross-sector.server";

export type DashboardRow = {
  userId: string;
  name: string;
  domain: Domain | null;
  done: Record<string, number>;
  percent: number;
  attended: number;
  evaluationSubmitted: boolean;
  certificate: "none" | "issued" | "revoked";
};

const DOMAIN_ORDER: Record<string, number> = { SPORT: 0, ZORG: 1, WELZIJN: 2, ANDERS: 3 };

type MemberJson = {
  id: string;
  name: string;
  domain: Domain | null;
  /** Finished lessons ("<module key>/<lesson slug>") with the minutes from first open to done (null: never opened). */
  done: { key: string; minutes: number | null }[];
  attended: number;
  receipt: boolean;
  certificate: "issued" | "revoked" | null;
};

type DashboardQueryRow = Parameters<typeof resolveCourseRun>[1] & {
  members: MemberJson[];
  answers: { checkId: string; option: number; count: number }[];
  waiting: WaitingCase[];
};

/**
 * The facilitator's overview of a cohort in ONE query whatever the size of
 * the group: the course run (joined from courseRunSql), per current
 * participant the finished lessons (with the time from first open to done),
 * evenings attended, evaluation receipt and certificate status, the
 * Kennischeck answers of current participants counted per option, and the
 * lesson cases still waiting for the other world. `extras: false` (the CSV)
 * leaves out study times, check results and waiting cases.
 */
export async function getDashboard({
  cohortId,
  sort,
  extras = true,
}: {
  cohortId: string;
  sort: "naam" | "sector" | "voortgang";
  extras?: boolean;
}) {
  const isParticipant = Prisma.sql`m."cohortId" = ${cohortId} AND m."role" = 'PARTICIPANT' AND m."removedAt" IS NULL`;
  const [row] = await db.$queryRaw<DashboardQueryRow[]>`
    SELECT run.*,
           COALESCE((
             SELECT json_agg(json_build_object(
                      'id', u."id", 'name', u."name", 'domain', u."domain",
                      'done', COALESCE((
                        SELECT json_agg(json_build_object(
                                 'key', p."moduleKey" || '/' || p."lessonSlug",
                                 'minutes', EXTRACT(EPOCH FROM (p."completedAt" - v."openedAt")) / 60))
                          FROM "LessonProgress" p
                          LEFT JOIN "LessonVisit" v ON v."userId" = p."userId" AND v."cohortId" = p."cohortId"
                                                   AND v."moduleKey" = p."moduleKey" AND v."lessonSlug" = p."lessonSlug"
                         WHERE p."cohortId" = ${cohortId} AND p."userId" = u."id"), '[]'::json),
                      'attended', (SELECT count(*)::int FROM "Attendance" a JOIN "Evening" e ON e."id" = a."eveningId"
                                    WHERE a."userId" = u."id" AND a."status" = 'PRESENT'
                                      AND e."cohortId" = ${cohortId} AND e."cancelledAt" IS NULL),
                      'receipt', EXISTS (SELECT 1 FROM "EvaluationReceipt" r WHERE r."userId" = u."id" AND r."cohortId" = ${cohortId}),
                      'certificate', (SELECT CASE WHEN c."revokedAt" IS NULL THEN 'issued' ELSE 'revoked' END
                                        FROM "Certificate" c WHERE c."userId" = u."id" AND c."cohortId" = ${cohortId} LIMIT 1)))
               FROM "CohortMember" m JOIN "User" u ON u."id" = m."userId"
              WHERE ${isParticipant}), '[]'::json) AS "members",
           ${
             extras
               ? Prisma.sql`COALESCE((
             SELECT json_agg(json_build_object('checkId', x."checkId", 'option', x."optionIndex", 'count', x."count"))
               FROM (SELECT ca."checkId", ca."optionIndex", count(*)::int AS "count"
                       FROM "CheckAnswer" ca JOIN "CohortMember" m ON m."userId" = ca."userId"
                      WHERE ca."cohortId" = ${cohortId} AND ${isParticipant}
                      GROUP BY ca."checkId", ca."optionIndex") x), '[]'::json) AS "answers",
           ${casesWaitingSql(cohortId)} AS "waiting"`
               : Prisma.sql`'[]'::json AS "answers", '[]'::json AS "waiting"`
           }
      FROM (${courseRunSql(cohortId)}) run`;
  const run = row ? await resolveCourseRun(cohortId, row) : null;
  if (!run) return null;
  const rows: DashboardRow[] = row.members.map((member) => {
    const progress = countProgress(
      run.modules,
      member.done.map((lesson) => lesson.key),
    );
    const done = Object.fromEntries(
      Object.entries(progress.modules).map(([key, value]) => [key, value.done]),
    );
    return {
      userId: member.id,
      name: member.name,
      domain: member.domain,
      done,
      percent: progress.total ? Math.round((progress.done / progress.total) * 100) : 0,
      attended: member.attended,
      evaluationSubmitted: member.receipt,
      certificate: member.certificate ?? "none",
    };
  });
  const byName = (a: DashboardRow, b: DashboardRow) => a.name.localeCompare(b.name, "nl");
  rows.sort((a, b) => {
    if (sort === "sector")
      return (
        DOMAIN_ORDER[a.domain ?? "ANDERS"] - DOMAIN_ORDER[b.domain ?? "ANDERS"] || byName(a, b)
      );
    if (sort === "voortgang") return b.percent - a.percent || byName(a, b);
    return byName(a, b);
  });
  return {
    cohort: { id: cohortId, name: run.name },
    modules: run.modules.map((module) => ({
      moduleKey: module.key,
      title: module.title,
      lessonCount: module.lessons.length,
      required: module.required,
    })),
    minEvenings: run.minEvenings,
    eveningCount: run.eveningCount,
    rows,
    times: extras ? moduleTimes(run.modules, row.members) : [],
    checks: extras ? await checkResults(run.modules, row.answers) : [],
    waiting: row.waiting,
  };
}
