import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ApologyForm } from "~/components/cohorts/apology-form";
import { ErrorSummary, useFormState } from "~/components/forms";
import { pageTitle } from "~/components/page-title";
import { Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { getLocale } from "~/i18n/locale.server";
import { forbidden, notFound } from "~/modules/auth/guards.server";
import { refuseChangesTo, requireCohortMember } from "~/modules/cohorts/access.server";
import { sendApology, withdrawApology } from "~/modules/cohorts/apologies.server";
import { getEvening } from "~/modules/cohorts/evenings.server";
import { formatEvening } from "~/modules/cohorts/local-time";
import { ApologySchema } from "~/modules/cohorts/manage-schemas.server";
import { db } from "~/utils/db.server";
import { parseForm } from "~/utils/forms.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "season.titles.apology", data?.cohortName);

/** Apologies are for participants: staff take attendance instead. */
async function requireParticipantOfEvening(
  request: Request,
  cohortId: string | undefined,
  eveningId: string | undefined,
) {
  const access = await requireCohortMember(request, cohortId);
  if (access.role !== "PARTICIPANT") forbidden();
  const evening = await getEvening({ cohortId: access.cohortId, eveningId: eveningId ?? "" });
  if (!evening) notFound();
  return { access, evening };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, evening } = await requireParticipantOfEvening(
    request,
    params.cohortId,
    params.eveningId,
  );
  const [apology, locale] = await Promise.all([
    db.eveningApology.findUnique({
      where: { eveningId_userId: { eveningId: evening.id, userId: access.user.id } },
      select: { reason: true },
    }),
    getLocale(request),
  ]);
  return json({
    cohortId: access.cohortId,
    cohortName: evening.cohort.name,
    evening: {
      id: evening.id,
      topic: evening.topic,
      place: evening.place,
      when: formatEvening(evening.startsAt, evening.endsAt, locale),
      cancelled: Boolean(evening.cancelledAt),
    },
    apologised: Boolean(apology),
    reason: apology?.reason ?? "",
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { access, evening } = await requireParticipantOfEvening(
    request,
    params.cohortId,
    params.eveningId,
  );
  refuseChangesTo(access);
  const form = await request.formData();
  const list = `/groepen/${access.cohortId}/bijeenkomsten`;
  if (form.get("intent") === "withdraw") {
    const result = await withdrawApology({
      cohortId: access.cohortId,
      eveningId: evening.id,
      userId: access.user.id,
    });
    if (!result.ok)
      return json({ errors: {}, values: {}, formError: { key: result.errors.form } }, 409);
    return redirect(`${list}?ingetrokken=1`);
  }
  const parsed = parseForm(form, ApologySchema);
  if (!parsed.ok)
    return json(
      { errors: parsed.errors, values: parsed.values, formError: { key: "errors.formHasErrors" } },
      400,
    );
  const result = await sendApology({
    cohortId: access.cohortId,
    eveningId: evening.id,
    userId: access.user.id,
    reason: parsed.data.reason,
  });
  if (!result.ok)
    return json(
      {
        errors: {},
        values: { reason: parsed.data.reason ?? "" },
        formError: { key: result.errors.form },
      },
      409,
    );
  return redirect(`${list}?afgemeld=1`);
}

export default function ApologyPage() {
  const t = useT();
  const { cohortId, evening, apologised, reason } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormState(data);
  return (
    <div className="stack narrow">
      <p>
        <Link to={`/groepen/${cohortId}/bijeenkomsten`}>{t("season.evenings.back")}</Link>
      </p>
      <h1>{t("season.titles.apology")}</h1>
      <ErrorSummary data={data} />
      <p>
        <strong>{evening.topic}</strong>
        <br />
        {t("cohorts.evenings.when", {
          date: evening.when.date,
          from: evening.when.from,
          until: evening.when.until,
        })}{" "}
        · {evening.place}
      </p>
      <Card>
        {apologised ? <p>{t("season.evenings.apologised")}</p> : null}
        <ApologyForm
          topic={evening.topic}
          apologised={apologised}
          reason={values.reason ?? reason}
          error={errors.reason}
        />
      </Card>
    </div>
  );
}
