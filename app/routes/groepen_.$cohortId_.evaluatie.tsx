import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { EvaluationForm } from "~/components/evaluation/evaluation-form";
import { ArchivedNotice } from "~/components/cohorts/archived-notice";
import { ErrorSummary } from "~/components/forms";
import { useItemLabel } from "~/components/evaluation/item-field";
import { Alert, Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { forbidden, notFound } from "~/modules/auth/guards.server";
import { issueCertificateQuietly } from "~/modules/certificates/issue-certificate.server";
import { appOrigin } from "~/utils/origin.server";
import {
  isStaffRole,
  requireCohortMember,
  requireCohortMemberToChange,
} from "~/modules/cohorts/access.server";
import { answersLocalQuestions, getFormItems } from "~/modules/evaluation/form-items.server";
import { getParticipantEvaluation } from "~/modules/evaluation/participant-status.server";
import { readAnswers } from "~/modules/evaluation/read-answers";
import { saveDraft } from "~/modules/evaluation/save-draft.server";
import { submitEvaluation } from "~/modules/evaluation/submit-evaluation.server";
import type { AnswerMap } from "~/modules/evaluation/types";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortMember(request, params.cohortId);
  if (isStaffRole(access.role)) throw redirect(`/groepen/${access.cohortId}/evaluatie/beheer`);
  const status = await getParticipantEvaluation({
    userId: access.user.id,
    cohortId: access.cohortId,
  });
  if (!status) notFound();
  const archived = access.archived;
  const items =
    status.open && !status.submitted && !archived
      ? await getFormItems({ cohortId: access.cohortId })
      : [];
  return json({ ...status, archived, items });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCohortMemberToChange(request, params.cohortId);
  if (isStaffRole(access.role)) forbidden();
  const form = await request.formData();
  const final = form.get("intent") === "submit";
  const items = await getFormItems({
    cohortId: access.cohortId,
    withLocal: answersLocalQuestions(form),
  });
  const { answers, errors } = readAnswers(form, items, final);
  const here = `/groepen/${access.cohortId}/evaluatie`;
  if (Object.keys(errors).length) return json({ errors, answers, formError: null }, 400);
  const input = { userId: access.user.id, cohortId: access.cohortId, answers };
  const result = final ? await submitEvaluation(input) : await saveDraft(input);
  if (result === "submitted")
    await issueCertificateQuietly({
      cohortId: access.cohortId,
      userId: access.user.id,
      origin: appOrigin(request),
    });
  if (result === "not-open")
    return json({ errors: {}, answers, formError: { key: "evaluation.errors.notOpen" } }, 409);
  return redirect(result === "saved" ? `${here}?opgeslagen=1` : here);
}

export default function EvaluationPage() {
  const t = useT();
  const { cohortName, archived, submitted, draft, items, ...status } =
    useLoaderData<typeof loader>();
  // An archived cohort takes no answers: the page says so instead of showing the form.
  const open = status.open && !archived;
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const itemLabel = useItemLabel();
  return (
    <div className="stack">
      <h1>{t("evaluation.formTitle", { cohort: cohortName })}</h1>
      {open && !submitted ? (
        <ErrorSummary
          data={data}
          labels={Object.fromEntries(items.map((item) => [item.id, itemLabel(item)]))}
        />
      ) : null}
      {submitted ? (
        <Alert tone="success">
          <strong>{t("evaluation.thanks")}</strong>
          <br />
          {t("evaluation.thanksText")}
        </Alert>
      ) : archived ? (
        <ArchivedNotice archived />
      ) : !open ? (
        <Alert>{t("evaluation.closed")}</Alert>
      ) : (
        <>
          <Card title={t("evaluation.anonymityTitle")}>
            <ul>
              <li>{t("evaluation.anonymity1")}</li>
              <li>{t("evaluation.anonymity2")}</li>
              <li>{t("evaluation.anonymity3")}</li>
              <li>{t("evaluation.anonymity4")}</li>
            </ul>
          </Card>
          {params.get("opgeslagen") && !data ? (
            <Alert tone="success">{t("evaluation.draftSaved")}</Alert>
          ) : null}
          <EvaluationForm
            items={items}
            answers={(data?.answers ?? draft) as AnswerMap}
            errors={data?.errors ?? {}}
          />
        </>
      )}
    </div>
  );
}
