import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ArchivedNotice } from "~/components/cohorts/archived-notice";
import { ErrorSummary } from "~/components/forms";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { Field } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { forbidden, notFound } from "~/modules/auth/guards.server";
import {
  isStaffRole,
  requireCohortMember,
  requireCohortMemberToChange,
} from "~/modules/cohorts/access.server";
import {
  SOCIAL_MAP_FIELDS,
  SOCIAL_MAP_MAX,
  type SocialMapEntries,
} from "~/modules/cohorts/social-map";
import {
  SocialMapForm,
  getSocialMap,
  saveSocialMap,
  saveSocialMapDefaults,
} from "~/modules/cohorts/social-map.server";

/** The person's own social map for this cohort (private), and for staff the cohort's local entries. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortMember(request, params.cohortId);
  const map = await getSocialMap({ cohortId: access.cohortId, userId: access.user.id });
  if (!map.cohort) notFound();
  return json({
    cohortId: access.cohortId,
    cohort: map.cohort,
    entries: map.entries,
    defaults: map.defaults,
    saved: map.savedAt !== null,
    isStaff: isStaffRole(access.role),
    archived: access.archived,
  });
}

type ActionData = {
  target: "own" | "defaults";
  values: Record<string, string>;
  errors: Record<string, string>;
};

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCohortMemberToChange(request, params.cohortId);
  const form = Object.fromEntries(await request.formData());
  const target = form.intent === "defaults" ? "defaults" : "own";
  if (target === "defaults" && !isStaffRole(access.role)) forbidden();
  const parsed = SocialMapForm.safeParse(form);
  if (!parsed.success) {
    const errors = Object.fromEntries(
      parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]),
    );
    const values = Object.fromEntries(
      SOCIAL_MAP_FIELDS.map((field) => [field, String(form[field] ?? "")]),
    );
    return json<ActionData>({ target, values, errors }, 400);
  }
  if (target === "defaults")
    await saveSocialMapDefaults({ cohortId: access.cohortId, entries: parsed.data });
  else
    await saveSocialMap({
      cohortId: access.cohortId,
      userId: access.user.id,
      entries: parsed.data,
    });
  return redirect(`/groepen/${access.cohortId}/sociale-kaart?opgeslagen=${target}`);
}

/** An archived cohort's social map: the saved entries, without a form. */
function MapReadOnly({ values }: { values: SocialMapEntries | Record<string, string> }) {
  const t = useT();
  const filled = SOCIAL_MAP_FIELDS.filter(
    (field) => (values as Record<string, string | undefined>)[field],
  );
  if (filled.length === 0) return null;
  return (
    <dl>
      {filled.map((field) => (
        <div key={field}>
          <dt>{t(`cohorts.socialMap.fields.${field}`)}</dt>
          <dd>{(values as Record<string, string | undefined>)[field]}</dd>
        </div>
      ))}
    </dl>
  );
}

function MapFields({
  values,
  errors,
}: {
  values: SocialMapEntries | Record<string, string>;
  errors: Record<string, string>;
}) {
  const t = useT();
  return (
    <>
      {SOCIAL_MAP_FIELDS.map((field) => (
        <Field
          key={field}
          name={field}
          label={t(`cohorts.socialMap.fields.${field}`)}
          hint={t(`cohorts.socialMap.hints.${field}`)}
          defaultValue={(values as Record<string, string | undefined>)[field] ?? ""}
          maxLength={SOCIAL_MAP_MAX + 50}
          error={errors[field]}
        />
      ))}
    </>
  );
}

export default function SocialMapPage() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = params.get("opgeslagen");
  const prefilled = Object.keys(data.defaults).length > 0;
  return (
    <div className="stack">
      <p>
        <Link to={`/groepen/${data.cohortId}`}>{data.cohort.name}</Link>
      </p>
      <h1>{t("cohorts.socialMap.title")}</h1>
      <ErrorSummary data={failed} />
      <p>{t("cohorts.socialMap.intro")}</p>
      {done === "own" ? <Alert tone="success">{t("cohorts.socialMap.saved")}</Alert> : null}
      {done === "defaults" ? (
        <Alert tone="success">{t("cohorts.socialMap.savedDefaults")}</Alert>
      ) : null}
      {prefilled && !data.saved ? (
        <p className="muted">{t("cohorts.socialMap.prefilled")}</p>
      ) : null}
      <ArchivedNotice archived={data.archived} />
      {data.archived ? (
        <MapReadOnly values={data.entries} />
      ) : (
        <Form method="post" noValidate className="stack">
          <input type="hidden" name="intent" value="own" />
          <MapFields
            values={failed?.target === "own" ? failed.values : data.entries}
            errors={failed?.target === "own" ? failed.errors : {}}
          />
          <Button>{t("cohorts.socialMap.save")}</Button>
        </Form>
      )}
      <p>
        <a href={`/groepen/${data.cohortId}/sociale-kaart.pdf`} download>
          {t("cohorts.socialMap.print")}
        </a>
      </p>
      {data.isStaff && !data.archived ? (
        <Card title={t("cohorts.socialMap.defaultsTitle")}>
          <p>{t("cohorts.socialMap.defaultsIntro")}</p>
          <Form method="post" noValidate className="stack">
            <input type="hidden" name="intent" value="defaults" />
            <MapFields
              values={failed?.target === "defaults" ? failed.values : data.defaults}
              errors={failed?.target === "defaults" ? failed.errors : {}}
            />
            <Button variant="secondary">{t("cohorts.socialMap.saveDefaults")}</Button>
          </Form>
        </Card>
      ) : null}
    </div>
  );
}
