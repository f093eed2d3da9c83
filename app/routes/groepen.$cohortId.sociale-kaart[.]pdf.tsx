import type { LoaderFunctionArgs } from "@remix-run/node";
import { translator } from "~/i18n/catalogues.server";
import { notFound } from "~/modules/auth/guards.server";
import { requireCohortMember } from "~/modules/cohorts/access.server";
import { renderSocialMapPdf } from "~/modules/cohorts/social-map-pdf.server";
import { getSocialMap } from "~/modules/cohorts/social-map.server";

/** Your own social map as a one-page PDF (only ever your own). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortMember(request, params.cohortId);
  const map = await getSocialMap({ cohortId: access.cohortId, userId: access.user.id });
  if (!map.cohort) notFound();
  const pdf = await renderSocialMapPdf({
    name: access.user.name,
    cohort: map.cohort,
    entries: map.entries,
    t: translator("nl"),
  });
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": 'attachment; filename="sociale-kaart.pdf"',
      "Cache-Control": "private, no-store",
    },
  });
}
