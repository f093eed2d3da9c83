import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ErrorSummary, useFormState } from "~/components/forms";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { TextAreaField } from "~/components/coalitions/text-field";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Field, SelectField } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { forbidden, requireUser } from "~/modules/auth/guards.server";
import { organisationsToStartFor } from "~/modules/coalitions/access.server";
import { createCoalition, listMyCoalitions } from "~/modules/coalitions/coalitions.server";
import { NewCoalitionForm } from "~/modules/coalitions/schemas.server";
import { parseForm } from "~/utils/forms.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [coalitions, startFor] = await Promise.all([
    listMyCoalitions(user.id),
    organisationsToStartFor(user),
  ]);
  return json({ coalitions, startFor });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const startFor = await organisationsToStartFor(user);
  if (!startFor.length) forbidden();
  const parsed = parseForm(await request.formData(), NewCoalitionForm);
  if (!parsed.ok)
    return json(
      { errors: parsed.errors, values: parsed.values, formError: { key: "errors.formHasErrors" } },
      400,
    );
  if (!startFor.some((org) => org.id === parsed.data.orgId))
    return json(
      {
        errors: { orgId: "coalitions.errors.notAllowed" },
        values: parsed.data,
        formError: { key: "errors.formHasErrors" },
      },
      400,
    );
  const { id } = await createCoalition({ userId: user.id, ...parsed.data });
  return redirect(`/coalities/${id}`);
}

export default function CoalitionsPage() {
  const t = useT();
  const { coalitions, startFor } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormState(data);
  return (
    <div className="stack">
      <h1>{t("coalitions.listTitle")}</h1>
      <ErrorSummary data={data} />
      <p>{t("coalitions.listIntro")}</p>
      {coalitions.length ? (
        <ul className="card-list">
          {coalitions.map((coalition) => (
            <li key={coalition.id}>
              <Link to={`/coalities/${coalition.id}`}>{coalition.name}</Link>
              <span className="muted">
                {" "}
                — {coalition.partners.map((partner) => partner.org.name).join(", ")}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("coalitions.none")}</p>
      )}
      <Card title={t("coalitions.newTitle")}>
        {startFor.length ? (
          <>
            <p>{t("coalitions.newIntro")}</p>
            <Form method="post" noValidate>
              <Field
                label={t("coalitions.name")}
                name="name"
                required
                defaultValue={values.name}
                error={errors.name}
              />
              <TextAreaField
                label={t("coalitions.ambition")}
                name="ambition"
                hint={t("coalitions.ambitionHint")}
                required
                defaultValue={values.ambition}
                error={errors.ambition}
              />
              <SelectField
                label={t("coalitions.startFor")}
                name="orgId"
                defaultValue={values.orgId}
                error={errors.orgId}
              >
                {startFor.map((org) => (
                  <option key={org.id} value={org.id}>
                    {org.name}
                  </option>
                ))}
              </SelectField>
              <Button>{t("coalitions.create")}</Button>
            </Form>
          </>
        ) : (
          <p>{t("coalitions.noOrgToStart")}</p>
        )}
      </Card>
    </div>
  );
}
