import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CheckboxGroup } from "~/components/cohorts/checkbox-group";
import { ErrorSummary, useFormState } from "~/components/forms";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Field } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { requireFacilitator } from "~/modules/cohorts/access.server";
import { createCohort, newCohortOptions } from "~/modules/cohorts/create-cohort.server";
import { NewCohortSchema } from "~/modules/cohorts/schemas.server";
import { parseForm } from "~/utils/forms.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireFacilitator(request);
  return json(await newCohortOptions());
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireFacilitator(request);
  const form = await request.formData();
  const orgIds = form
    .getAll("orgIds")
    .filter((value): value is string => typeof value === "string")
    .slice(0, 20);
  const localModuleKeys = form
    .getAll("localModules")
    .filter((value): value is string => typeof value === "string")
    .slice(0, 50);
  const parsed = parseForm(form, NewCohortSchema);
  const echo = { orgIds, localModuleKeys };
  if (!parsed.ok)
    return json(
      {
        errors: parsed.errors,
        values: parsed.values,
        formError: { key: "errors.formHasErrors" },
        ...echo,
      },
      400,
    );
  const result = await createCohort({
    ...parsed.data,
    coFacilitators: parsed.data.coFacilitators,
    createdById: user.id,
    orgIds,
    localModuleKeys,
  });
  if (!result.ok)
    return json(
      {
        errors: result.errors,
        values: Object.fromEntries(
          [...form.entries()].filter(([, value]) => typeof value === "string"),
        ) as Record<string, string>,
        formError: { key: "errors.formHasErrors" },
        ...echo,
      },
      400,
    );
  return redirect(`/groepen/${result.cohortId}`);
}

export default function NewCohortPage() {
  const t = useT();
  const { organisations, localModules } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormState(data);
  const submitted = Boolean(data);
  return (
    <div className="stack narrow">
      <h1>{t("cohorts.new.title")}</h1>
      <ErrorSummary data={data} />
      <p>{t("cohorts.new.intro")}</p>
      <Card>
        <Form method="post" noValidate>
          <Field
            label={t("cohorts.new.name")}
            name="name"
            hint={t("cohorts.new.nameHint")}
            required
            defaultValue={values.name}
            error={errors.name}
          />
          <Field
            label={t("cohorts.new.place")}
            name="place"
            required
            defaultValue={values.place}
            error={errors.place}
          />
          {organisations.length ? (
            <CheckboxGroup
              legend={t("cohorts.new.organisations")}
              hint={t("cohorts.new.organisationsHint")}
              name="orgIds"
              checked={data?.orgIds ?? []}
              options={organisations.map((org) => ({
                value: org.id,
                label: `${org.name} (${t(`common.orgType.${org.type}`)}, ${org.town})`,
              }))}
            />
          ) : (
            <p>{t("cohorts.new.noOrganisations")}</p>
          )}
          <Field
            label={t("cohorts.new.startsOn")}
            name="startsOn"
            type="date"
            required
            defaultValue={values.startsOn}
            error={errors.startsOn}
          />
          <Field
            label={t("cohorts.new.endsOn")}
            name="endsOn"
            type="date"
            required
            defaultValue={values.endsOn}
            error={errors.endsOn}
          />
          <Field
            label={t("cohorts.new.capacity")}
            name="capacity"
            type="number"
            inputMode="numeric"
            min={2}
            max={200}
            hint={t("cohorts.new.capacityHint")}
            defaultValue={values.capacity}
            error={errors.capacity}
          />
          <Field
            label={t("cohorts.new.coFacilitators")}
            name="coFacilitators"
            type="text"
            autoComplete="off"
            hint={t("cohorts.new.coFacilitatorsHint")}
            defaultValue={values.coFacilitators}
            error={errors.coFacilitators}
          />
          {localModules.length ? (
            <CheckboxGroup
              legend={t("cohorts.new.localModules")}
              hint={t("cohorts.new.localModulesHint")}
              name="localModules"
              checked={data?.localModuleKeys ?? []}
              options={localModules.map((module) => ({
                value: module.key,
                label: module.region ? `${module.title} (${module.region})` : module.title,
              }))}
            />
          ) : null}
          <h2>{t("cohorts.new.rulesTitle")}</h2>
          <Field
            label={t("cohorts.new.minEvenings")}
            name="minEvenings"
            type="number"
            inputMode="numeric"
            min={0}
            max={30}
            defaultValue={values.minEvenings ?? "2"}
            error={errors.minEvenings}
          />
          <label className="checkbox field">
            <input
              type="checkbox"
              name="requireEvaluation"
              defaultChecked={submitted ? values.requireEvaluation === "on" : true}
            />
            <span>{t("cohorts.new.requireEvaluation")}</span>
          </label>
          <Button>{t("cohorts.new.submit")}</Button>
        </Form>
      </Card>
    </div>
  );
}
