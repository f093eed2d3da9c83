import { keyFromData } from "~/i18n/translate";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { ErrorSummary, useFormState } from "~/components/forms";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { pageTitle } from "~/components/page-title";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { Field, SelectField } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { notFound, requireRole } from "~/modules/auth/guards.server";
import {
  appointAdmin,
  getOrgManagement,
  removeAdmin,
  searchPeople,
  updateOrganisation,
} from "~/modules/organisations/org-admins.server";
import { EditOrganisationForm, OrgPersonForm } from "~/modules/organisations/schemas.server";
import { ORG_TYPES } from "~/modules/people/types";
import { parseForm } from "~/utils/forms.server";
import { requireId } from "~/utils/ids";
import { ConfirmAction } from "~/components/ui/confirm-action";
import { PersonAction } from "~/components/ui/person-action";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "season.titles.orgAdmin", data?.org.name);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "ADMIN");
  const orgId = requireId(params.orgId);
  const query = (new URL(request.url).searchParams.get("zoek") ?? "").slice(0, 80);
  const [org, found] = await Promise.all([getOrgManagement({ orgId }), searchPeople({ query })]);
  if (!org) notFound();
  return json({
    org: {
      id: org.id,
      name: org.name,
      type: org.type,
      town: org.town,
      region: org.region,
      admins: org.admins,
    },
    query,
    found,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, "ADMIN");
  const orgId = requireId(params.orgId);
  if (!(await getOrgManagement({ orgId }))) notFound();
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const base = `/beheer/organisaties/${orgId}`;
  const fail = (errors: Record<string, string>, values: Record<string, string> = {}) =>
    json({ intent, errors, values, formError: { key: "errors.formHasErrors" }, done: null }, 400);
  if (intent === "edit") {
    const parsed = parseForm(form, EditOrganisationForm);
    if (!parsed.ok) return fail(parsed.errors, parsed.values);
    await updateOrganisation({ orgId, data: parsed.data });
    return redirect(`${base}?opgeslagen=1`);
  }
  if (intent === "appoint" || intent === "remove-admin") {
    const parsed = parseForm(form, OrgPersonForm);
    if (!parsed.ok) return fail(parsed.errors);
    const result =
      intent === "appoint"
        ? await appointAdmin({ orgId, userId: parsed.data.userId, byPlatformAdmin: true })
        : await removeAdmin({ orgId, userId: parsed.data.userId });
    if (!result.ok) return fail(result.errors);
    return redirect(
      `${base}?${intent === "appoint" ? "benoemd" : "ontslagen"}=${encodeURIComponent(result.name)}`,
    );
  }
  return fail({ form: "errors.invalid" });
}

export default function OrganisationAdminPage() {
  const t = useT();
  const { org, query, found } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const submitted = useFormState(data);
  const intent = data && "intent" in data ? data.intent : null;
  const edit =
    intent === "edit"
      ? submitted
      : { errors: {} as Record<string, string>, values: {} as Record<string, string> };
  const person =
    intent === "appoint" || intent === "remove-admin" ? submitted.errors.userId : undefined;
  return (
    <div className="stack narrow">
      <p>
        <Link to="/beheer">{t("admin.title")}</Link>
      </p>
      <h1>{t("season.orgs.adminTitle", { name: org.name })}</h1>
      <ErrorSummary data={data} />
      {params.get("opgeslagen") ? <Alert tone="success">{t("season.orgs.saved")}</Alert> : null}
      {params.get("benoemd") ? (
        <Alert tone="success">
          {t("season.orgs.appointed", { name: params.get("benoemd") ?? "" })}
        </Alert>
      ) : null}
      {params.get("ontslagen") ? (
        <Alert tone="success">
          {t("season.orgs.adminRemoved", { name: params.get("ontslagen") ?? "" })}
        </Alert>
      ) : null}
      <Card title={t("season.orgs.detailsTitle")}>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="edit" />
          <Field
            label={t("admin.orgName")}
            name="name"
            required
            defaultValue={edit.values.name ?? org.name}
            error={edit.errors.name}
          />
          <SelectField
            label={t("admin.orgType")}
            name="type"
            defaultValue={edit.values.type ?? org.type}
            error={edit.errors.type}
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
            required
            defaultValue={edit.values.town ?? org.town}
            error={edit.errors.town}
          />
          <Field
            label={t("season.orgs.region")}
            name="region"
            defaultValue={edit.values.region ?? org.region ?? ""}
            error={edit.errors.region}
          />
          <Button>{t("season.settings.save")}</Button>
        </Form>
      </Card>
      <Card title={t("season.orgs.adminsTitle")}>
        {person ? <Alert tone="error">{t(keyFromData(person))}</Alert> : null}
        {org.admins.length === 0 ? (
          <p>{t("season.orgs.noAdmins")}</p>
        ) : (
          <ul className="people-list">
            {org.admins.map((admin) => (
              <li key={admin.id}>
                <span>
                  {admin.name} <span className="muted">({admin.email})</span>
                </span>
                <ConfirmAction
                  label={t("season.orgs.removeAdmin")}
                  accessibleLabel={t("season.orgs.removeAdminLabel", { name: admin.name })}
                  question={t("season.orgs.removeAdminQuestion", { name: admin.name })}
                >
                  <PersonAction intent="remove-admin" userId={admin.id} variant="danger">
                    {t("season.orgs.removeAdminConfirm")}
                  </PersonAction>
                </ConfirmAction>
              </li>
            ))}
          </ul>
        )}
        <h3>{t("season.orgs.appointTitle")}</h3>
        <Form method="get" className="filter-form" role="search">
          <Field
            label={t("season.orgs.search")}
            name="zoek"
            type="search"
            hint={t("season.orgs.searchHint")}
            defaultValue={query}
          />
          <Button variant="secondary">{t("season.orgs.searchSubmit")}</Button>
        </Form>
        {query.trim().length >= 2 ? (
          found.length === 0 ? (
            <p>{t("season.orgs.noneFound")}</p>
          ) : (
            <ul className="people-list">
              {found.map((candidate) => (
                <li key={candidate.id}>
                  <span>
                    {candidate.name} <span className="muted">({candidate.email})</span>
                  </span>
                  <PersonAction
                    intent="appoint"
                    userId={candidate.id}
                    label={t("season.orgs.appointLabel", { name: candidate.name })}
                  >
                    {t("season.orgs.appoint")}
                  </PersonAction>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </Card>
    </div>
  );
}
