import { keyFromData } from "~/i18n/translate";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ArchivedNotice } from "~/components/cohorts/archived-notice";
import { ErrorSummary, useFormState } from "~/components/forms";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useId } from "react";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { Field, SelectField } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { notFound } from "~/modules/auth/guards.server";
import { requireCohortStaff, requireCohortStaffToChange } from "~/modules/cohorts/access.server";
import { localItemId } from "~/modules/evaluation/form-items.server";
import {
  addLocalQuestion,
  listLocalQuestions,
  removeLocalQuestion,
} from "~/modules/evaluation/local-questions.server";
import { getEvaluationStatus } from "~/modules/evaluation/manage-evaluation.server";
import { LocalQuestionInput } from "~/modules/evaluation/schemas.server";
import { ITEM_TYPES } from "~/modules/evaluation/types";
import { parseForm } from "~/utils/forms.server";
import { invalid } from "~/utils/respond.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortStaff(request, params.cohortId);
  const [status, questions] = await Promise.all([
    getEvaluationStatus({ cohortId: access.cohortId }),
    listLocalQuestions({ cohortId: access.cohortId }),
  ]);
  if (!status) notFound();
  return json({
    cohortId: access.cohortId,
    cohortName: status.name,
    archived: access.archived,
    questions: questions.map((question) => ({
      ...question,
      itemId: localItemId(question.position),
    })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCohortStaffToChange(request, params.cohortId);
  const form = await request.formData();
  const here = `/groepen/${access.cohortId}/evaluatie/vragen`;
  if (form.get("intent") === "remove") {
    const result = await removeLocalQuestion({
      cohortId: access.cohortId,
      questionId: String(form.get("questionId") ?? ""),
    });
    if (result === "has-responses")
      return invalid({ formError: { key: "evaluation.errors.hasResponses" } }, 409);
    return redirect(`${here}?verwijderd=1`);
  }
  const parsed = parseForm(form, LocalQuestionInput);
  if (!parsed.ok) return invalid(parsed);
  await addLocalQuestion({ cohortId: access.cohortId, ...parsed.data });
  return redirect(`${here}?toegevoegd=1`);
}

export default function LocalQuestionsPage() {
  const t = useT();
  const { cohortId, cohortName, archived, questions } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormState(data);
  const [params] = useSearchParams();
  const optionsId = useId();
  return (
    <div className="stack">
      <p>
        <Link to={`/groepen/${cohortId}/evaluatie/beheer`}>{t("common.back")}</Link>
      </p>
      <h1>{t("evaluation.local.title", { cohort: cohortName })}</h1>
      <ErrorSummary data={data} />
      <p>{t("evaluation.local.intro")}</p>
      {params.get("toegevoegd") && !data ? (
        <Alert tone="success">{t("evaluation.local.added")}</Alert>
      ) : null}
      {params.get("verwijderd") && !data ? (
        <Alert tone="success">{t("evaluation.local.removed")}</Alert>
      ) : null}
      <ArchivedNotice archived={archived} />
      <Card title={t("evaluation.sections.L")}>
        {questions.length === 0 ? (
          <p>{t("evaluation.local.none")}</p>
        ) : (
          <ol className="eval-local-list">
            {questions.map((question) => (
              <li key={question.id}>
                <strong>{question.itemId}</strong> {question.wording}{" "}
                <span className="muted">
                  ({t(keyFromData(`evaluation.local.types.${question.type}`))}
                  {question.options.length ? `: ${question.options.join(", ")}` : ""})
                </span>
                {archived ? null : (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="questionId" value={question.id} />{" "}
                    <Button
                      variant="link"
                      aria-label={t("evaluation.local.removeLabel", { position: question.itemId })}
                    >
                      {t("evaluation.local.remove")}
                    </Button>
                  </Form>
                )}
              </li>
            ))}
          </ol>
        )}
      </Card>
      {archived ? null : (
        <Card title={t("evaluation.local.addTitle")}>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="add" />
            <Field
              label={t("evaluation.local.wording")}
              name="wording"
              maxLength={300}
              defaultValue={values.wording}
              error={errors.wording}
            />
            <SelectField
              label={t("evaluation.local.type")}
              name="type"
              defaultValue={values.type ?? "scale10"}
              error={errors.type}
            >
              {ITEM_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`evaluation.local.types.${type}`)}
                </option>
              ))}
            </SelectField>
            <div className="field">
              <label htmlFor={optionsId}>{t("evaluation.local.options")}</label>
              <p id={`${optionsId}-hint`} className="field-hint">
                {t("evaluation.local.optionsHint")}
              </p>
              <textarea
                id={optionsId}
                name="options"
                rows={4}
                defaultValue={values.options}
                aria-invalid={errors.options ? true : undefined}
                aria-describedby={[
                  `${optionsId}-hint`,
                  errors.options ? `${optionsId}-error` : null,
                ]
                  .filter(Boolean)
                  .join(" ")}
              />
              {errors.options ? (
                <p id={`${optionsId}-error`} className="field-error">
                  {t(keyFromData(errors.options))}
                </p>
              ) : null}
            </div>
            <Button>{t("evaluation.local.add")}</Button>
          </Form>
        </Card>
      )}
    </div>
  );
}
