import { json } from "@remix-run/node";
import { db } from "~/utils/db.server";
import { listCases } from "~/modules/forum/list-cases.server";
import { SEARCH_LIMIT, searchCaseIds } from "~/modules/forum/search-cases.server";
import { requireSpace, spacePath } from "~/modules/forum/space-access.server";

/** The list page of a cohort's space (cohortId) or of the course-wide space (null), with search. */
export async function loadSpace({
  request,
  cohortId,
}: {
  request: Request;
  cohortId: string | null;
}) {
  const viewer = await requireSpace(request, cohortId);
  const url = new URL(request.url);
  const query = (url.searchParams.get("zoek") ?? "").trim().slice(0, 200);
  // ?pagina=2, 3, …: anything else is the first page.
  const page = Math.min(
    10_000,
    Math.max(1, Math.floor(Number(url.searchParams.get("pagina")) || 1)),
  );
  const hits = query ? await searchCaseIds({ viewer, query }) : undefined;
  const onlyIds = hits?.slice(0, SEARCH_LIMIT);
  const [{ cases, hasMore }, cohort, myCohorts, openReports] = await Promise.all([
    listCases({ viewer, onlyIds, page }),
    cohortId
      ? db.cohort.findUnique({ where: { id: cohortId }, select: { name: true, place: true } })
      : null,
    // In the course-wide space a new case starts from one of your own cohorts.
    cohortId
      ? []
      : db.cohortMember.findMany({
          // Not an archived cohort: it takes no new cases.
          where: { userId: viewer.user.id, removedAt: null, cohort: { archivedAt: null } },
          select: { cohort: { select: { id: true, name: true } } },
        }),
    viewer.isStaff
      ? db.forumReport.count({
          where: {
            resolvedAt: null,
            OR: [{ case: { cohortId } }, { reply: { case: { cohortId } } }],
          },
        })
      : 0,
  ]);
  return json({
    space: { cohortId, path: spacePath(cohortId), cohortName: cohort?.name ?? null },
    cases,
    page,
    hasMore,
    found: onlyIds?.length ?? null,
    // More matches than are shown: the page says "more than 100" instead of a count of every match.
    moreFound: (hits?.length ?? 0) > SEARCH_LIMIT,
    query,
    isStaff: viewer.isStaff,
    archived: viewer.archived ?? false,
    openReports,
    myCohorts: myCohorts.map((membership) => membership.cohort),
  });
}
