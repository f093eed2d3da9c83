import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ErrorSummary, useFormState } from "~/components/forms";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ArchivedNotice } from "~/components/cohorts/archived-notice";
import { ApologyForm } from "~/components/cohorts/apology-form";
import { CheckboxGroup } from "~/components/cohorts/checkbox-group";
import { MinimumOutlook } from "~/components/cohorts/minimum-outlook";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { Field } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { getLocale } from "~/i18n/locale.server";
import { notFound } from "~/modules/auth/guards.server";
import {
  isStaffRole,
  requireCohortMember,
  requireCohortStaffToChange,
} from "~/modules/cohorts/access.server";
import { getCohortName } from "~/modules/cohorts/cohort-page.server";
import { loadCourseRun } from "~/modules/courses/course-run.server";
import { eveningDateDoubt } from "~/modules/cohorts/evening-date-check.server";
import { listEvenings, planEvening } from "~/modules/cohorts/evenings.server";
import { formatEvening } from "~/modules/cohorts/local-time";
import { EveningSchema } from "~/modules/cohorts/schemas.server";
import {
  apologyCounts,
  attendanceOutlooks,
  myEveningStatus,
} from "~/modules/cohorts/apologies.server";
import { parseForm } from "~/utils/forms.server";
import { invalid } from "~/utils/respond.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortMember(request, params.cohortId);
  const [cohort, evenings, run, locale] = await Promise.all([
    getCohortName({ cohortId: access.cohortId }),
    listEvenings({ cohortId: access.cohortId }),
    loadCourseRun({ cohortId: access.cohortId }),
    getLocale(request),
  ]);
  if (!cohort || !run) notFound();
  const titles = new Map(run.modules.map((module) => [module.key, module.title]));
  const now = Date.now();
  const isStaff = isStaffRole(access.role);
  const isParticipant = access.role === "PARTICIPANT";
  const [outlooks, counts, mine] = await Promise.all([
    isStaff || isParticipant
      ? attendanceOutlooks({
          cohortId: access.cohortId,
          userId: isParticipant ? access.user.id : undefined,
        })
      : [],
    isStaff ? apologyCounts({ cohortId: access.cohortId }) : {},
    isParticipant ? myEveningStatus({ cohortId: access.cohortId, userId: access.user.id }) : null,
  ]);
  return json({
    cohort,
    archived: access.archived,
    isStaff,
    isParticipant,
    minEvenings: run.minEvenings,
    myOutlook: isParticipant ? (outlooks[0] ?? null) : null,
    cannotReach: isStaff
      ? outlooks
          .filter((person) => !person.reachable)
          .map((person) => ({ id: person.userId, name: person.name, attended: person.attended }))
      : [],
    apologies: counts as Record<string, number>,
    mine,
    modules: run.modules.map((module) => ({ key: module.key, title: module.title })),
    evenings: evenings.map((evening) => ({
      id: evening.id,
      topic: evening.topic,
      place: evening.place,
      when: formatEvening(evening.startsAt, evening.endsAt, locale),
      past: evening.endsAt.getTime() < now,
      present: evening._count.attendance,
      cancelled: Boolean(evening.cancelledAt),
      cancelReason: evening.cancelReason,
      prepare: evening.prepareModules.map((key) => titles.get(key) ?? key),
    })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCohortStaffToChange(request, params.cohortId);
  const form = await request.formData();
  const parsed = parseForm(form, EveningSchema);
  if (!parsed.ok) return invalid({ ...parsed, formError: { key: "errors.formHasErrors" } });
  const prepareModules = form
    .getAll("prepareModules")
    .filter((value): value is string => typeof value === "string")
    .slice(0, 30);
  const doubt = await eveningDateDoubt({ cohortId: access.cohortId, date: parsed.data.date });
  if (doubt && form.get("dateConfirmed") !== parsed.data.date) {
    const values: Record<string, string> = { ...parsed.data };
    return json(
      {
        errors: { date: `cohorts.errors.dateDoubt.${doubt}` },
        values,
        formError: null,
        done: null,
        prepareModules,
        confirmDate: parsed.data.date,
      },
      400,
    );
  }
  const evening = await planEvening({ cohortId: access.cohortId, ...parsed.data, prepareModules });
  return redirect(`/groepen/${access.cohortId}/bijeenkomsten?gepland=${evening.id}`);
}

export default function EveningsPage() {
  const t = useT();
  const {
    cohort,
    archived,
    isStaff,
    isParticipant,
    modules,
    evenings,
    minEvenings,
    myOutlook,
    cannotReach,
    apologies,
    mine,
  } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormState(data);
  const [params] = useSearchParams();
  const confirmDate = data && "confirmDate" in data ? data.confirmDate : null;
  const checkedModules = data && "prepareModules" in data ? data.prepareModules : [];
  const base = `/groepen/${cohort.id}/bijeenkomsten`;
  return (
    <div className="stack">
      <p>
        <Link to={`/groepen/${cohort.id}`}>{cohort.name}</Link>
      </p>
      <h1>{t("cohorts.evenings.title")}</h1>
      <ErrorSummary data={data} />
      <p>{t("cohorts.evenings.intro", { cohort: cohort.name })}</p>
      <ArchivedNotice archived={archived} />
      {params.get("gepland") ? <Alert tone="success">{t("cohorts.evenings.planned")}</Alert> : null}
      {params.get("gewijzigd") ? (
        <Alert tone="success">{t("season.evenings.changed")}</Alert>
      ) : null}
      {params.get("afgelast") ? (
        <Alert tone="success">{t("season.evenings.cancelled")}</Alert>
      ) : null}
      {params.get("verwijderd") ? (
        <Alert tone="success">{t("season.evenings.deleted")}</Alert>
      ) : null}
      {params.get("afgemeld") ? (
        <Alert tone="success">{t("season.evenings.apologySent")}</Alert>
      ) : null}
      {params.get("ingetrokken") ? (
        <Alert tone="success">{t("season.evenings.apologyWithdrawn")}</Alert>
      ) : null}
      {isParticipant && myOutlook && minEvenings > 0 ? (
        <MinimumOutlook outlook={myOutlook} />
      ) : null}
      {isStaff && minEvenings > 0 ? (
        <Card title={t("season.evenings.cannotReachTitle")}>
          {cannotReach.length === 0 ? (
            <p>{t("season.evenings.cannotReachNone", { needed: minEvenings })}</p>
          ) : (
            <>
              <p>{t("season.evenings.cannotReachIntro", { needed: minEvenings })}</p>
              <ul>
                {cannotReach.map((person) => (
                  <li key={person.id}>{person.name}</li>
                ))}
              </ul>
            </>
          )}
        </Card>
      ) : null}
      {evenings.length === 0 ? (
        <p>{t("cohorts.evenings.none")}</p>
      ) : (
        <ol className="evening-cards">
          {evenings.map((evening) => (
            <li key={evening.id} className="card">
              <h2 className="card-title">
                {evening.topic}
                {evening.cancelled ? (
                  <span className="badge badge-ZORG">{t("season.evenings.cancelledBadge")}</span>
                ) : evening.past ? (
                  <span className="badge badge-ANDERS">{t("cohorts.evenings.past")}</span>
                ) : null}
              </h2>
              {evening.cancelled ? (
                <p>
                  {t("season.evenings.cancelledReason", { reason: evening.cancelReason ?? "" })}
                </p>
              ) : null}
              <p>
                {t("cohorts.evenings.when", {
                  date: evening.when.date,
                  from: evening.when.from,
                  until: evening.when.until,
                })}
                <br />
                {evening.place}
              </p>
              {evening.prepare.length ? (
                <p>{t("cohorts.evenings.prepareList", { modules: evening.prepare.join(", ") })}</p>
              ) : null}
              <p className="actions">
                <a
                  className="btn btn-secondary"
                  href={`${base}/${evening.id}/agenda.ics`}
                  download
                  aria-label={t("cohorts.evenings.icsLabel", { topic: evening.topic })}
                >
                  {t("cohorts.evenings.ics")}
                </a>
                {isStaff ? (
                  <>
                    {/* A cancelled evening has no attendance to take; an archived cohort's attendance page only shows. */}
                    {evening.cancelled ? null : (
                      <Link
                        className="btn btn-secondary"
                        to={`${base}/${evening.id}/aanwezigheid`}
                        aria-label={t("cohorts.evenings.attendanceLabel", { topic: evening.topic })}
                      >
                        {t("cohorts.evenings.attendance")}
                      </Link>
                    )}
                    {evening.cancelled ? null : (
                      <span className="muted">
                        {t("cohorts.evenings.presentCount", { count: evening.present })}
                      </span>
                    )}
                    {apologies[evening.id] ? (
                      <span className="muted">
                        {t("season.evenings.apologiesCount", { count: apologies[evening.id] })}
                      </span>
                    ) : null}
                    {archived ? null : (
                      <Link
                        className="btn btn-secondary"
                        to={`${base}/${evening.id}/bewerken`}
                        aria-label={t("season.evenings.editLabel", { topic: evening.topic })}
                      >
                        {t("season.evenings.edit")}
                      </Link>
                    )}
                  </>
                ) : null}
              </p>
              {mine ? (
                <p>
                  {t("season.evenings.myStatus", {
                    status: mine.attendance[evening.id]
                      ? t(`cohorts.attendance.status.${mine.attendance[evening.id]}`)
                      : evening.id in mine.apologies
                        ? t("season.attendance.apologisedNote")
                        : t("season.evenings.notTaken"),
                  })}
                </p>
              ) : null}
              {mine &&
              !archived &&
              !evening.past &&
              !evening.cancelled &&
              !mine.attendance[evening.id] ? (
                <details open={evening.id in mine.apologies}>
                  <summary>
                    {evening.id in mine.apologies
                      ? t("season.evenings.apologised")
                      : t("season.evenings.apologyTitle")}
                  </summary>
                  <ApologyForm
                    action={`${base}/${evening.id}/afmelden`}
                    topic={evening.topic}
                    apologised={evening.id in mine.apologies}
                    reason={mine.apologies[evening.id]}
                  />
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {isStaff && !archived ? (
        <Card title={t("cohorts.evenings.planTitle")}>
          {/* A new key after each planned evening: the form starts empty, so a second click cannot plan the same evening again by accident. */}
          <Form method="post" noValidate key={params.get("gepland") ?? "nieuw"}>
            <Field
              label={t("cohorts.evenings.date")}
              name="date"
              type="date"
              required
              defaultValue={values.date}
              error={errors.date}
            />
            {confirmDate ? (
              <label className="checkbox confirm-date">
                <input type="checkbox" name="dateConfirmed" value={confirmDate} />{" "}
                {t("cohorts.evenings.dateConfirm")}
              </label>
            ) : null}
            <div className="field-row">
              <Field
                label={t("cohorts.evenings.startTime")}
                name="startTime"
                type="time"
                required
                defaultValue={values.startTime ?? "19:30"}
                error={errors.startTime}
              />
              <Field
                label={t("cohorts.evenings.endTime")}
                name="endTime"
                type="time"
                required
                defaultValue={values.endTime ?? "21:30"}
                error={errors.endTime}
              />
            </div>
            <Field
              label={t("cohorts.evenings.place")}
              name="place"
              hint={t("cohorts.evenings.placeHint")}
              required
              defaultValue={values.place}
              error={errors.place}
            />
            <Field
              label={t("cohorts.evenings.topic")}
              name="topic"
              required
              defaultValue={values.topic}
              error={errors.topic}
            />
            <CheckboxGroup
              legend={t("cohorts.evenings.prepare")}
              name="prepareModules"
              checked={checkedModules}
              options={modules.map((module) => ({ value: module.key, label: module.title }))}
            />
            <Button>{t("cohorts.evenings.submit")}</Button>
          </Form>
        </Card>
      ) : null}
    </div>
  );
}
