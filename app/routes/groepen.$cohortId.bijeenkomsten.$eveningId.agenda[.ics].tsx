import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/modules/auth/guards.server";
import { requireCohortMember } from "~/modules/cohorts/access.server";
import { getEvening } from "~/modules/cohorts/evenings.server";
import { eveningEvent } from "~/modules/cohorts/evening-calendar";
import { buildIcs } from "~/modules/cohorts/ics";
import { appOrigin } from "~/utils/origin.server";

/** One evening as an iCalendar file, for the member's own agenda. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortMember(request, params.cohortId);
  const evening = await getEvening({
    cohortId: access.cohortId,
    eveningId: params.eveningId ?? "",
  });
  if (!evening) notFound();
  const link = `${appOrigin(request)}/groepen/${access.cohortId}/bijeenkomsten`;
  const ics = buildIcs(eveningEvent({ ...evening, cohortName: evening.cohort.name, link }));
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="bijeenkomst-${evening.startsAt.toISOString().slice(0, 10)}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
