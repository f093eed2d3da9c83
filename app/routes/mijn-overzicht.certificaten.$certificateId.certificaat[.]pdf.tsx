import type { LoaderFunctionArgs } from "@remix-run/node";
import { translator } from "~/i18n/catalogues.server";
import { notFound, requireUser } from "~/modules/auth/guards.server";
import { renderCertificatePdf } from "~/modules/certificates/certificate-pdf.server";
import { getOwnCertificate } from "~/flows/my-overview.server";
import { isId } from "~/utils/ids";
import { appOrigin } from "~/utils/origin.server";

/** One's own certificate as PDF, by certificate id: works also after leaving the cohort. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!isId(params.certificateId)) notFound();
  const certificate = await getOwnCertificate({
    certificateId: params.certificateId,
    userId: user.id,
  });
  if (!certificate || certificate.revokedAt) notFound();
  const pdf = await renderCertificatePdf({
    certificate,
    verifyUrl: `${appOrigin(request)}/verifieer/${certificate.code}`,
    t: translator("nl"),
  });
  const slug = certificate.nameOnCertificate
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .toLowerCase();
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="certificaat-${slug || "buiten-de-lijnen"}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
