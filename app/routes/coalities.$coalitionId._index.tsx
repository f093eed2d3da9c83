import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ErrorSummary, useFormState } from "~/components/forms";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CoalitionNav } from "~/components/coalitions/coalition-nav";
import { TextAreaField } from "~/components/coalitions/text-field";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { Field, SelectField } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { getLocale } from "~/i18n/locale.server";
import { forbidden } from "~/modules/auth/guards.server";
import { formatDay } from "~/utils/intl";
import { requireCoalitionReader } from "~/modules/coalitions/access.server";
import {
  addMember,
  addPartner,
  getCoalitionPage,
  linkCohort,
  removeMember,
  updateCoalition,
} from "~/modules/coalitions/coalitions.server";
import {
  CoalitionForm,
  CohortLinkForm,
  LeaveForm,
  MemberForm,
  PartnerForm,
} from "~/modules/coalitions/schemas.server";
import { parseForm } from "~/utils/forms.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCoalitionReader(request, params.coalitionId);
  const [page, locale] = await Promise.all([getCoalitionPage(access), getLocale(request)]);
  return json({
    coalition: {
      ...page,
      openAgreements: page.openAgreements.map((agreement) => ({
        ...agreement,
        dueOn: formatDay(agreement.dueOn, locale),
      })),
      handover: page.handover
        ? { text: page.handover.text, updatedAt: formatDay(page.handover.updatedAt, locale) }
        : null,
    },
    me: {
      id: access.user.id,
      member: access.member,
      coordinator: access.coordinator,
      adminOrgIds: access.adminOrgIds,
      platformAdmin: access.platformAdmin,
    },
  });
}

const refused = () =>
  json(
    {
      saved: false,
      errors: {} as Record<string, string>,
      values: {} as Record<string, string>,
      formError: { key: "coalitions.errors.notAllowed" },
    },
    400,
  );

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCoalitionReader(request, params.coalitionId);
  const form = await request.formData();
  const intent = form.get("intent");
  const ok = () =>
    json({
      saved: true,
      errors: {} as Record<string, string>,
      values: {} as Record<string, string>,
      formError: null,
    });
  if (intent === "edit" || intent === "partner" || intent === "cohort") {
    if (!access.coordinator) forbidden();
    if (intent === "edit") {
      const parsed = parseForm(form, CoalitionForm);
      if (!parsed.ok)
        return json(
          {
            saved: false,
            errors: parsed.errors,
            values: parsed.values,
            formError: { key: "errors.formHasErrors" },
          },
          400,
        );
      await updateCoalition(access.coalitionId, parsed.data);
      return ok();
    }
    if (intent === "partner") {
      const parsed = parseForm(form, PartnerForm);
      return parsed.ok && (await addPartner(access.coalitionId, parsed.data.orgId))
        ? ok()
        : refused();
    }
    const parsed = parseForm(form, CohortLinkForm);
    return parsed.ok && (await linkCohort(access, parsed.data.cohortId)) ? ok() : refused();
  }
  if (intent === "member") {
    if (!access.adminOrgIds.length && !access.platformAdmin) forbidden();
    const parsed = parseForm(form, MemberForm);
    if (!parsed.ok)
      return json(
        {
          saved: false,
          errors: parsed.errors,
          values: parsed.values,
          formError: { key: "errors.formHasErrors" },
        },
        400,
      );
    return (await addMember(access, {
      ...parsed.data.person,
      roleTitle: parsed.data.roleTitle,
      coordinator: parsed.data.coordinator === "on",
    }))
      ? ok()
      : refused();
  }
  if (intent === "remove") {
    const parsed = parseForm(form, LeaveForm);
    if (!parsed.ok) return refused();
    const result = await removeMember(access, parsed.data.userId);
    if (result === "forbidden") forbidden();
    return result === "removed" ? ok() : refused();
  }
  throw new Response("Bad Request", { status: 400 });
}

export default function CoalitionPage() {
  const t = useT();
  const { coalition, me } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormState(
    data?.formError?.key === "errors.formHasErrors" ? data : null,
  );
  const orgName = new Map(coalition.partners.map((partner) => [partner.org.id, partner.org.name]));
  return (
    <div className="stack">
      <h1>{coalition.name}</h1>
      <ErrorSummary data={data} />
      <CoalitionNav coalitionId={coalition.id} name={coalition.name} />
      {data?.saved ? <Alert tone="success">{t("coalitions.saved")}</Alert> : null}
      <Card title={t("coalitions.ambition")}>
        <p className="prewrap">{coalition.ambition}</p>
      </Card>
      {coalition.handover ? (
        <Card title={t("coalitions.handoverTitle")}>
          <p>{t("coalitions.handoverIntro")}</p>
          <blockquote className="prewrap">{coalition.handover.text}</blockquote>
          <p className="muted">{coalition.handover.updatedAt}</p>
        </Card>
      ) : null}
      {me.member ? (
        <Card title={t("coalitions.openAgreementsTitle")}>
          {coalition.openAgreements.length ? (
            <ul>
              {coalition.openAgreements.map((agreement) => (
                <li key={agreement.id}>
                  {agreement.text} — {agreement.personName ? `${agreement.personName}, ` : ""}
                  {t("coalitions.agreements.due", { date: agreement.dueOn })}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("coalitions.noOpenAgreements")}</p>
          )}
          <p>
            <Link to={`/coalities/${coalition.id}/afspraken`}>
              {t("coalitions.tabs.agreements")}
            </Link>
          </p>
        </Card>
      ) : null}
      <Card title={t("coalitions.partnersTitle")}>
        <ul>
          {coalition.partners.map(({ org }) => (
            <li key={org.id}>
              {org.name} <span className="muted">({t(`common.orgType.${org.type}`)})</span>
            </li>
          ))}
        </ul>
        {me.coordinator && coalition.otherOrgs.length ? (
          <Form method="post" className="inline-form">
            <SelectField label={t("coalitions.partnerLabel")} name="orgId">
              {coalition.otherOrgs.map((org) => (
                <option key={org.id} value={org.id}>
                  {org.name}
                </option>
              ))}
            </SelectField>
            <Button name="intent" value="partner" variant="secondary">
              {t("coalitions.addPartner")}
            </Button>
          </Form>
        ) : null}
      </Card>
      <Card title={t("coalitions.membersTitle")}>
        <ul>
          {coalition.members.map((member) => (
            <li key={member.user.id} className="actions">
              <span>
                {member.user.name} — {orgName.get(member.orgId)}
                {member.roleTitle ? `, ${member.roleTitle}` : ""}
                {member.role === "COORDINATOR" ? ` (${t("coalitions.coordinator")})` : ""}
              </span>
              {member.user.id === me.id ||
              me.coordinator ||
              me.adminOrgIds.includes(member.orgId) ? (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="userId" value={member.user.id} />
                  <Button name="intent" value="remove" variant="link">
                    {member.user.id === me.id ? t("coalitions.leave") : t("coalitions.remove")}
                  </Button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
        {coalition.candidates.length ? (
          <>
            <h3>{t("coalitions.addMemberTitle")}</h3>
            <p>{t("coalitions.addMemberIntro")}</p>
            <Form method="post" noValidate>
              <SelectField
                label={t("coalitions.personLabel")}
                name="person"
                defaultValue={values.person}
                error={errors.person}
              >
                {coalition.candidates.map((candidate) => (
                  <option
                    key={`${candidate.orgId}-${candidate.user.id}`}
                    value={`${candidate.orgId}:${candidate.user.id}`}
                  >
                    {candidate.user.name} ({orgName.get(candidate.orgId)})
                  </option>
                ))}
              </SelectField>
              <Field
                label={t("coalitions.roleTitleLabel")}
                name="roleTitle"
                hint={t("coalitions.roleTitleHint")}
                defaultValue={values.roleTitle}
                error={errors.roleTitle}
              />
              {me.coordinator ? (
                <label className="checkbox">
                  <input type="checkbox" name="coordinator" value="on" />{" "}
                  {t("coalitions.makeCoordinator")}
                </label>
              ) : null}
              <Button name="intent" value="member">
                {t("coalitions.addMember")}
              </Button>
            </Form>
          </>
        ) : null}
      </Card>
      <Card title={t("coalitions.cohortsTitle")}>
        {coalition.cohorts.length ? (
          <ul>
            {coalition.cohorts.map(({ cohort }) => (
              <li key={cohort.id}>
                {cohort.name} ({cohort.place})
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("coalitions.noCohorts")}</p>
        )}
        {me.coordinator && coalition.linkable.length ? (
          <Form method="post" className="inline-form">
            <SelectField label={t("coalitions.cohortLabel")} name="cohortId">
              {coalition.linkable.map((cohort) => (
                <option key={cohort.id} value={cohort.id}>
                  {cohort.name} ({cohort.place})
                </option>
              ))}
            </SelectField>
            <Button name="intent" value="cohort" variant="secondary">
              {t("coalitions.linkCohort")}
            </Button>
          </Form>
        ) : null}
      </Card>
      {me.coordinator ? (
        <Card title={t("coalitions.editTitle")}>
          <Form method="post" noValidate>
            <Field
              label={t("coalitions.name")}
              name="name"
              required
              defaultValue={values.name ?? coalition.name}
              error={errors.name}
            />
            <TextAreaField
              label={t("coalitions.ambition")}
              name="ambition"
              hint={t("coalitions.ambitionHint")}
              required
              defaultValue={values.ambition ?? coalition.ambition}
              error={errors.ambition}
            />
            <Button name="intent" value="edit">
              {t("coalitions.save")}
            </Button>
          </Form>
        </Card>
      ) : null}
    </div>
  );
}
