import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/modules/auth/guards.server";
import { getCertificate } from "~/modules/certificates/get-certificate.server";
import { buildCredential, signCredential } from "~/modules/certificates/open-badge.server";
import { requireCohortMember } from "~/modules/cohorts/access.server";
import { appOrigin } from "~/utils/origin.server";

/** The owner's certificate as a signed Open Badges 3.0 credential (compact JWS, VC-JOSE). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortMember(request, params.cohortId);
  const certificate = await getCertificate({ cohortId: access.cohortId, userId: access.user.id });
  if (!certificate || certificate.revokedAt) notFound();
  const origin = appOrigin(request);
  const credential = buildCredential({
    certificate: { ...certificate, email: access.user.email },
    origin,
  });
  const jws = await signCredential(credential);
  return new Response(JSON.stringify({ jws, credential }, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="certificaat-open-badge.json"',
      "Cache-Control": "private, no-store",
    },
  });
}
