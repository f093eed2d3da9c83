import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { ErrorSummary, useFormState } from "~/components/forms";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { pageTitle } from "~/components/page-title";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { Field } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { notFound } from "~/modules/auth/guards.server";
import { requireCohortStaff, requireCohortStaffToChange } from "~/modules/cohorts/access.server";
import {
  cancelEvening,
  changeEvening,
  deleteEvening,
  getEveningForEdit,
} from "~/modules/cohorts/change-evening.server";
import { CancelEveningSchema } from "~/modules/cohorts/manage-schemas.server";
import { EveningSchema } from "~/modules/cohorts/schemas.server";
import { parseForm } from "~/utils/forms.server";
import { appOrigin } from "~/utils/origin.server";
import { invalid } from "~/utils/respond.server";
import { ConfirmAction } from "~/components/ui/confirm-action";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "season.titles.editEvening", data?.evening.cohortName);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortStaff(request, params.cohortId);
  const evening = await getEveningForEdit({
    cohortId: access.cohortId,
    eveningId: params.eveningId ?? "",
  });
  if (!evening) notFound();
  const { startsAt: _startsAt, endsAt: _endsAt, ...shown } = evening;
  return json({ cohortId: access.cohortId, evening: shown });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCohortStaffToChange(request, params.cohortId);
  const evening = await getEveningForEdit({
    cohortId: access.cohortId,
    eveningId: params.eveningId ?? "",
  });
  if (!evening) notFound();
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const list = `/groepen/${access.cohortId}/bijeenkomsten`;
  const link = `${appOrigin(request)}${list}`;
  const fail = (errors: Record<string, string>, values: Record<string, string> = {}) => {
    const { form: formKey, ...fields } = errors;
    return json(
      {
        intent,
        errors: fields,
        values,
        formError: { key: formKey ?? "errors.formHasErrors" },
        done: null,
      },
      formKey && formKey !== "errors.formHasErrors" ? 409 : 400,
    );
  };
  const common = {
    cohortId: access.cohortId,
    eveningId: evening.id,
    changedById: access.user.id,
    link,
  };
  if (intent === "edit") {
    const parsed = parseForm(form, EveningSchema);
    if (!parsed.ok) return fail(parsed.errors, parsed.values);
    const result = await changeEvening({ ...common, ...parsed.data });
    if (!result.ok) return fail(result.errors, parsed.data);
    return redirect(`${list}?gewijzigd=1`);
  }
  if (intent === "cancel") {
    const parsed = parseForm(form, CancelEveningSchema);
    if (!parsed.ok) return fail(parsed.errors, parsed.values);
    const result = await cancelEvening({ ...common, reason: parsed.data.reason });
    if (!result.ok) return fail(result.errors, parsed.data);
    return redirect(`${list}?afgelast=1`);
  }
  if (intent === "delete") {
    const result = await deleteEvening(common);
    if (!result.ok) return fail(result.errors);
    return redirect(`${list}?verwijderd=1`);
  }
  return invalid({ formError: { key: "errors.invalid" } });
}

export default function EditEveningPage() {
  const t = useT();
  const { cohortId, evening } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const intent = data && "intent" in data ? data.intent : null;
  const submitted = useFormState(data);
  const edit =
    intent === "edit"
      ? submitted
      : { errors: {} as Record<string, string>, values: {} as Record<string, string> };
  const cancel =
    intent === "cancel"
      ? submitted
      : { errors: {} as Record<string, string>, values: {} as Record<string, string> };
  const values = {
    date: evening.date,
    startTime: evening.startTime,
    endTime: evening.endTime,
    place: evening.place,
    topic: evening.topic,
    ...edit.values,
  };
  const locked = evening.archived || evening.cancelled;
  return (
    <div className="stack narrow">
      <p>
        <Link to={`/groepen/${cohortId}/bijeenkomsten`}>{t("season.evenings.back")}</Link>
      </p>
      <h1>{t("season.evenings.editTitle", { topic: evening.topic })}</h1>
      <ErrorSummary data={data} />
      {evening.cancelled ? (
        <Alert tone="warning">
          {t("season.evenings.isCancelled", { reason: evening.cancelReason ?? "" })}
        </Alert>
      ) : null}
      {evening.archived ? <Alert tone="info">{t("season.settings.archivedNotice")}</Alert> : null}
      {!locked ? (
        <Card title={t("season.evenings.changeTitle")}>
          <p>{t("season.evenings.changeIntro")}</p>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="edit" />
            <Field
              label={t("cohorts.evenings.date")}
              name="date"
              type="date"
              required
              defaultValue={values.date}
              error={edit.errors.date}
            />
            <div className="field-row">
              <Field
                label={t("cohorts.evenings.startTime")}
                name="startTime"
                type="time"
                required
                defaultValue={values.startTime}
                error={edit.errors.startTime}
              />
              <Field
                label={t("cohorts.evenings.endTime")}
                name="endTime"
                type="time"
                required
                defaultValue={values.endTime}
                error={edit.errors.endTime}
              />
            </div>
            <Field
              label={t("cohorts.evenings.place")}
              name="place"
              required
              defaultValue={values.place}
              error={edit.errors.place}
            />
            <Field
              label={t("cohorts.evenings.topic")}
              name="topic"
              required
              defaultValue={values.topic}
              error={edit.errors.topic}
            />
            <Button>{t("season.evenings.saveChange")}</Button>
          </Form>
        </Card>
      ) : null}
      {!locked ? (
        <Card title={t("season.evenings.cancelTitle")}>
          <p>{t("season.evenings.cancelIntro")}</p>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="cancel" />
            <Field
              label={t("season.evenings.cancelReason")}
              name="reason"
              required
              defaultValue={cancel.values.reason}
              error={cancel.errors.reason}
            />
            <Button variant="danger">{t("season.evenings.cancel")}</Button>
          </Form>
        </Card>
      ) : null}
      {!evening.archived ? (
        <Card title={t("season.evenings.deleteTitle")}>
          {evening.hasAttendance ? (
            <p>{t("season.evenings.deleteNotPossible")}</p>
          ) : (
            <>
              <p>{t("season.evenings.deleteIntro")}</p>
              <ConfirmAction
                label={t("season.evenings.delete")}
                question={t("season.evenings.deleteQuestion")}
              >
                <Form method="post">
                  <input type="hidden" name="intent" value="delete" />
                  <Button variant="danger">{t("season.evenings.deleteConfirm")}</Button>
                </Form>
              </ConfirmAction>
            </>
          )}
        </Card>
      ) : null}
    </div>
  );
}
