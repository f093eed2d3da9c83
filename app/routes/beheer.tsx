import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ErrorSummary, useFormState } from "~/components/forms";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Field, SelectField } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { badRequest, requireRole } from "~/modules/auth/guards.server";
import {
  createOrganisation,
  listOrganisationsWithCounts,
  listPeople,
  setPlatformRole,
} from "~/modules/organisations/members.server";
import { ORG_TYPES } from "~/modules/people/types";
import { parseForm } from "~/utils/forms.server";
import { invalid } from "~/utils/respond.server";
import { NewOrganisationForm, PlatformRoleForm } from "~/modules/organisations/schemas.server";
import { DataTable } from "~/components/ui/data-table";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "ADMIN");
  const [organisations, people] = await Promise.all([listOrganisationsWithCounts(), listPeople()]);
  return json({ organisations, people });
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, "ADMIN");
  const form = await request.formData();
  if (form.get("intent") === "org") {
    const parsed = parseForm(form, NewOrganisationForm);
    if (!parsed.ok) return invalid(parsed);
    await createOrganisation(parsed.data);
  } else {
    const parsed = parseForm(form, PlatformRoleForm);
    if (!parsed.ok) badRequest();
    await setPlatformRole(parsed.data);
  }
  return json({ errors: {}, values: {}, formError: null, done: true });
}

export default function AdminPage() {
  const t = useT();
  const { organisations, people } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormState(data);
  return (
    <div className="stack">
      <h1>{t("admin.title")}</h1>
      <ErrorSummary data={data} />
      <p>
        <Link to="/beheer/evaluatie">{t("admin.evaluationLink")}</Link>
      </p>
      <Card title={t("admin.orgsTitle")}>
        <ul>
          {organisations.map((org) => (
            <li key={org.id}>
              <Link to={`/organisaties/${org.id}`}>{org.name}</Link>{" "}
              <span className="muted">
                ({t(`common.orgType.${org.type}`)}, {org.town}, {org._count.memberships})
              </span>{" "}
              <Link
                to={`/beheer/organisaties/${org.id}`}
                aria-label={`${t("season.orgs.manageLink")}: ${org.name}`}
              >
                {t("season.orgs.manageLink")}
              </Link>
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t("admin.orgCreateTitle")}>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="org" />
          <Field
            label={t("admin.orgName")}
            name="name"
            defaultValue={values.name}
            error={errors.name}
          />
          <SelectField
            label={t("admin.orgType")}
            name="type"
            defaultValue={values.type ?? "SPORTVERENIGING"}
          >
            {ORG_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`common.orgType.${type}`)}
              </option>
            ))}
          </SelectField>
          <Field
            label={t("admin.orgTown")}
            name="town"
            defaultValue={values.town}
            error={errors.town}
          />
          <Button>{t("admin.orgCreate")}</Button>
        </Form>
      </Card>
      <Card title={t("admin.peopleTitle")}>
        <DataTable
          label={t("admin.peopleTitle")}
          columns={[t("org.colName"), t("org.colDomain"), t("org.colRole")]}
          rows={people.map((person) => ({
            key: person.id,
            cells: [
              <>
                {person.name}
                <br />
                <span className="muted">{person.email}</span>
              </>,
              person.domain ? t(`common.domain.${person.domain}`) : "—",
              <Form key="role" method="post" className="actions">
                <input type="hidden" name="userId" value={person.id} />
                <label className="sr-only" htmlFor={`role-${person.id}`}>
                  {t("admin.setRole")}
                </label>
                <select id={`role-${person.id}`} name="role" defaultValue={person.role}>
                  {(["PARTICIPANT", "FACILITATOR", "ADMIN"] as const).map((role) => (
                    <option key={role} value={role}>
                      {t(`common.platformRole.${role}`)}
                    </option>
                  ))}
                </select>
                <Button variant="secondary">{t("admin.setRole")}</Button>
              </Form>,
            ],
          }))}
        />
      </Card>
    </div>
  );
}
