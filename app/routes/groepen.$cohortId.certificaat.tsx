import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ArchivedNotice } from "~/components/cohorts/archived-notice";
import { CertificateCard } from "~/components/certificates/certificate-card";
import { CompletionTodo } from "~/components/cohorts/completion-todo";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { getLocale } from "~/i18n/locale.server";
import { forbidden, notFound } from "~/modules/auth/guards.server";
import { getCertificate } from "~/modules/certificates/get-certificate.server";
import { issueCertificateIfComplete } from "~/modules/certificates/issue-certificate.server";
import { presentCertificate } from "~/modules/certificates/present";
import {
  isStaffRole,
  requireCohortMember,
  requireCohortMemberToChange,
} from "~/modules/cohorts/access.server";
import { getCohortName } from "~/modules/cohorts/cohort-page.server";
import { getCompletion } from "~/modules/cohorts/completion.server";
import { appOrigin } from "~/utils/origin.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortMember(request, params.cohortId);
  const [cohort, certificate, locale] = await Promise.all([
    getCohortName({ cohortId: access.cohortId }),
    getCertificate({ cohortId: access.cohortId, userId: access.user.id }),
    getLocale(request),
  ]);
  if (!cohort) notFound();
  const isStaff = isStaffRole(access.role);
  const completion =
    !certificate && !isStaff
      ? await getCompletion({ cohortId: access.cohortId, userId: access.user.id })
      : null;
  return json({
    cohort,
    isStaff,
    archived: access.archived,
    completion,
    certificate: certificate ? presentCertificate(certificate, locale) : null,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCohortMemberToChange(request, params.cohortId);
  if (access.role !== "PARTICIPANT") forbidden();
  const result = await issueCertificateIfComplete({
    cohortId: access.cohortId,
    userId: access.user.id,
    origin: appOrigin(request),
  });
  return json(
    { status: result.status },
    result.status === "incomplete" || result.status === "not-participant" ? 400 : 200,
  );
}

export default function CertificatePage() {
  const t = useT();
  const { cohort, isStaff, archived, completion, certificate } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  return (
    <div className="stack">
      <p className="crumbs">
        <Link to={`/groepen/${cohort.id}`}>{cohort.name}</Link>
      </p>
      <h1>{t("certificates.title")}</h1>
      {data?.status === "issued" ? (
        <Alert tone="success">{t("certificates.requestIssued")}</Alert>
      ) : null}
      {data?.status === "incomplete" ? (
        <Alert tone="error">{t("certificates.requestIncomplete")}</Alert>
      ) : null}
      {certificate ? <CertificateCard cohortId={cohort.id} certificate={certificate} /> : null}
      {isStaff ? (
        <Card>
          <p>{t("certificates.notParticipant")}</p>
          <p>
            <Link to={`/groepen/${cohort.id}/certificaten`}>{t("certificates.staffLink")}</Link>
          </p>
        </Card>
      ) : null}
      {!certificate && completion ? (
        <Card title={t("certificates.notYetTitle")}>
          <p>{t("certificates.notYetText")}</p>
          <CompletionTodo cohortId={cohort.id} completion={completion} />
          <ArchivedNotice archived={archived} />
          {archived ? null : (
            <Form method="post">
              <Button>{t("certificates.request")}</Button>
            </Form>
          )}
        </Card>
      ) : null}
    </div>
  );
}
