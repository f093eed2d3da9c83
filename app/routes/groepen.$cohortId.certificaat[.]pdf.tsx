import type { LoaderFunctionArgs } from "@remix-run/node";
import { translator } from "~/i18n/catalogues.server";
import { forbidden, notFound } from "~/modules/auth/guards.server";
import { renderCertificatePdf } from "~/modules/certificates/certificate-pdf.server";
import { getCertificate } from "~/modules/certificates/get-certificate.server";
import { isStaffRole, requireCohortMember } from "~/modules/cohorts/access.server";
import { appOrigin } from "~/utils/origin.server";

/** The certificate PDF: your own, or (for the cohort's staff) any participant's with ?voor=<userId>. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortMember(request, params.cohortId);
  const other = new URL(request.url).searchParams.get("voor");
  if (other && other !== access.user.id && !isStaffRole(access.role)) forbidden();
  const certificate = await getCertificate({
    cohortId: access.cohortId,
    userId: other ?? access.user.id,
  });
  if (!certificate || certificate.revokedAt) notFound();
  const pdf = await renderCertificatePdf({
    certificate,
    verifyUrl: `${appOrigin(request)}/verifieer/${certificate.code}`,
    t: translator("nl"),
  });
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName(certificate.nameOnCertificate)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

function fileName(name: string) {
  const slug = name
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .toLowerCase();
  return `certificaat-${slug || "buiten-de-lijnen"}.pdf`;
}
