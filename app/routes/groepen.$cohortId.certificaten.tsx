import { keyFromData } from "~/i18n/translate";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ArchivedNotice } from "~/components/cohorts/archived-notice";
import { ErrorSummary } from "~/components/forms";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { StaffCertificateList } from "~/components/certificates/staff-certificate-list";
import { Alert } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { getLocale } from "~/i18n/locale.server";
import { notFound } from "~/modules/auth/guards.server";
import { listCohortCertificates } from "~/modules/certificates/cohort-certificates.server";
import { formatMoment } from "~/utils/dates";
import { issueCertificateByHand } from "~/modules/certificates/issue-certificate.server";
import { revokeCertificate } from "~/modules/certificates/revoke-certificate.server";
import { IssueByHandSchema, RevokeSchema } from "~/modules/certificates/schemas.server";
import { requireCohortStaff, requireCohortStaffToChange } from "~/modules/cohorts/access.server";
import { getCohortName } from "~/modules/cohorts/cohort-page.server";
import { parseForm } from "~/utils/forms.server";
import { appOrigin } from "~/utils/origin.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortStaff(request, params.cohortId);
  const [cohort, rows, locale] = await Promise.all([
    getCohortName({ cohortId: access.cohortId }),
    listCohortCertificates({ cohortId: access.cohortId }),
    getLocale(request),
  ]);
  if (!cohort) notFound();
  return json({
    cohort,
    archived: access.archived,
    rows: rows.map((row) => ({
      userId: row.userId,
      name: row.name,
      status: row.status,
      certificateId: row.certificate?.id ?? null,
      issuedOn: row.certificate ? formatMoment(row.certificate.issuedAt, locale) : null,
      manualReason: row.certificate?.manualReason ?? null,
      revokedReason: row.certificate?.revokedReason ?? null,
    })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCohortStaffToChange(request, params.cohortId);
  const form = await request.formData();
  const target = String(
    form.get(form.get("intent") === "revoke" ? "certificateId" : "userId") ?? "",
  );
  if (form.get("intent") === "revoke") {
    const parsed = parseForm(form, RevokeSchema);
    if (!parsed.ok)
      return json(
        { feedback: { target, errors: parsed.errors, values: parsed.values }, done: null },
        400,
      );
    const revoked = await revokeCertificate({
      cohortId: access.cohortId,
      certificateId: parsed.data.certificateId,
      revokedById: access.user.id,
      reason: parsed.data.reason,
    });
    if (!revoked) notFound();
    return json({ feedback: null, done: { key: "certificates.revokedBy", target } });
  }
  const parsed = parseForm(form, IssueByHandSchema);
  if (!parsed.ok)
    return json(
      { feedback: { target, errors: parsed.errors, values: parsed.values }, done: null },
      400,
    );
  const result = await issueCertificateByHand({
    cohortId: access.cohortId,
    userId: parsed.data.userId,
    issuedById: access.user.id,
    reason: parsed.data.reason,
    origin: appOrigin(request),
  });
  if (result.status === "not-participant") notFound();
  return json({ feedback: null, done: { key: "certificates.issuedBy", target } });
}

export default function CohortCertificatesPage() {
  const t = useT();
  const { cohort, archived, rows } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const doneName = data?.done
    ? rows.find(
        (row) => row.userId === data.done?.target || row.certificateId === data.done?.target,
      )?.name
    : null;
  return (
    <div className="stack">
      <p className="crumbs">
        <Link to={`/groepen/${cohort.id}`}>{cohort.name}</Link>
      </p>
      <h1>{t("certificates.staffTitle", { cohort: cohort.name })}</h1>
      <ErrorSummary data={data?.feedback ? { formError: { key: "errors.formHasErrors" } } : null} />
      <p>{t("certificates.staffIntro")}</p>
      {data?.done && doneName ? (
        <Alert tone="success">{t(keyFromData(data.done.key), { name: doneName })}</Alert>
      ) : null}
      <ArchivedNotice archived={archived} />
      {rows.length === 0 ? (
        <p>{t("certificates.noParticipants")}</p>
      ) : (
        <StaffCertificateList
          cohortId={cohort.id}
          rows={rows}
          feedback={data?.feedback ?? null}
          readOnly={archived}
        />
      )}
    </div>
  );
}
