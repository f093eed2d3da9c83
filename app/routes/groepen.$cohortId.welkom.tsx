import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ErrorSummary, useFormState } from "~/components/forms";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { RadioGroup, SelectField } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { notFound } from "~/modules/auth/guards.server";
import { requireCohortMember } from "~/modules/cohorts/access.server";
import { getCohortName } from "~/modules/cohorts/cohort-page.server";
import { completeProfile, missingProfileParts } from "~/modules/cohorts/members.server";
import { DOMAINS } from "~/modules/people/types";
import { listOrganisations } from "~/modules/people/profile.server";
import { parseForm } from "~/utils/forms.server";
import { invalid } from "~/utils/respond.server";
import { WelcomeForm } from "~/modules/cohorts/schemas.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortMember(request, params.cohortId);
  const missing = await missingProfileParts({ userId: access.user.id });
  if (!missing.domain && !missing.organisation) throw redirect(`/groepen/${access.cohortId}`);
  const [cohort, organisations] = await Promise.all([
    getCohortName({ cohortId: access.cohortId }),
    missing.organisation
      ? listOrganisations()
      : Promise.resolve([] as Awaited<ReturnType<typeof listOrganisations>>),
  ]);
  if (!cohort) notFound();
  return json({ cohort, missing, organisations });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCohortMember(request, params.cohortId);
  const missing = await missingProfileParts({ userId: access.user.id });
  const schema = missing.domain ? WelcomeForm.required({ domain: true }) : WelcomeForm;
  const parsed = parseForm(await request.formData(), schema);
  if (!parsed.ok) return invalid({ ...parsed, formError: { key: "errors.formHasErrors" } });
  await completeProfile({
    userId: access.user.id,
    domain: parsed.data.domain,
    orgId: parsed.data.orgId || undefined,
  });
  return redirect(`/groepen/${access.cohortId}`);
}

export default function WelcomePage() {
  const t = useT();
  const { cohort, missing, organisations } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormState(data);
  return (
    <div className="narrow stack">
      <h1>{t("cohorts.welcome.title", { cohort: cohort.name })}</h1>
      <ErrorSummary data={data} />
      <p>{t("cohorts.welcome.intro")}</p>
      <Card>
        <Form method="post" noValidate>
          {missing.domain ? (
            <RadioGroup
              legend={t("auth.domainLegend")}
              name="domain"
              value={values.domain}
              error={errors.domain}
              options={DOMAINS.map((domain) => ({
                value: domain,
                label: t(`common.domain.${domain}`),
              }))}
            />
          ) : null}
          {missing.organisation ? (
            <SelectField
              label={t("auth.organisation")}
              name="orgId"
              hint={t("auth.organisationHint")}
              defaultValue={values.orgId ?? ""}
              error={errors.orgId}
            >
              <option value="">{t("auth.organisationNone")}</option>
              {organisations.map((org) => (
                <option key={org.id} value={org.id}>
                  {org.name} ({org.town})
                </option>
              ))}
            </SelectField>
          ) : null}
          <p className="actions">
            <Button>{t("cohorts.welcome.submit")}</Button>
            {missing.domain ? null : (
              <Link to={`/groepen/${cohort.id}`}>{t("cohorts.welcome.skip")}</Link>
            )}
          </p>
        </Form>
      </Card>
    </div>
  );
}
