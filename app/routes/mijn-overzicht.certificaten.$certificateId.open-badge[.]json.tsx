import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireUser } from "~/modules/auth/guards.server";
import { buildCredential, signCredential } from "~/modules/certificates/open-badge.server";
import { getOwnCertificate } from "~/flows/my-overview.server";
import { isId } from "~/utils/ids";
import { appOrigin } from "~/utils/origin.server";

/** One's own certificate as a signed Open Badges 3.0 credential, by certificate id (no cohort membership needed). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!isId(params.certificateId)) notFound();
  const certificate = await getOwnCertificate({
    certificateId: params.certificateId,
    userId: user.id,
  });
  if (!certificate || certificate.revokedAt) notFound();
  const credential = buildCredential({
    certificate: { ...certificate, email: user.email },
    origin: appOrigin(request),
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
