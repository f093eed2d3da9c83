import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { ErrorSummary } from "~/components/forms";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { pageTitle } from "~/components/page-title";
import { Alert, Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { getLocale } from "~/i18n/locale.server";
import { notFound, requireOrgAdmin } from "~/modules/auth/guards.server";
import { formatDay } from "~/utils/intl";
import { decideMembership } from "~/modules/organisations/members.server";
import {
  appointAdmin,
  getOrgManagement,
  removeAdmin,
  removeMember,
} from "~/modules/organisations/org-admins.server";
import { OrgPersonForm } from "~/modules/organisations/schemas.server";
import { parseForm } from "~/utils/forms.server";
import { requireId } from "~/utils/ids";
import { ConfirmAction } from "~/components/ui/confirm-action";
import { PersonAction } from "~/components/ui/person-action";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "season.titles.orgMembers", data?.org.name);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const orgId = requireId(params.orgId);
  const user = await requireOrgAdmin(request, orgId);
  const [org, locale] = await Promise.all([getOrgManagement({ orgId }), getLocale(request)]);
  if (!org) notFound();
  return json({
    me: user.id,
    org: {
      ...org,
      cohorts: org.cohorts.map((cohort) => ({
        ...cohort,
        startsOn: formatDay(cohort.startsOn, locale),
        endsOn: formatDay(cohort.endsOn, locale),
      })),
    },
  });
}

const INTENTS = ["appoint", "remove-admin", "remove", "accept"] as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const orgId = requireId(params.orgId);
  await requireOrgAdmin(request, orgId);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "") as (typeof INTENTS)[number];
  const fail = (errors: Record<string, string>) =>
    json({ errors, formError: { key: errors.userId ?? "errors.invalid" } }, 400);
  if (!INTENTS.includes(intent)) return fail({});
  const parsed = parseForm(form, OrgPersonForm);
  if (!parsed.ok) return fail(parsed.errors);
  const { userId } = parsed.data;
  const base = `/organisaties/${orgId}/leden`;
  if (intent === "accept") {
    const decided = await decideMembership({ orgId, userId, accept: true });
    return decided.count
      ? redirect(`${base}?geaccepteerd=1`)
      : fail({ userId: "season.errors.notAMember" });
  }
  const result =
    intent === "appoint"
      ? await appointAdmin({ orgId, userId, byPlatformAdmin: false })
      : intent === "remove-admin"
        ? await removeAdmin({ orgId, userId })
        : await removeMember({ orgId, userId });
  if (!result.ok) return fail(result.errors);
  const done = { appoint: "benoemd", "remove-admin": "ontslagen", remove: "verwijderd" }[intent];
  return redirect(`${base}?${done}=${encodeURIComponent(result.name)}`);
}

export default function OrganisationMembersPage() {
  const t = useT();
  const { me, org } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const lastAdmin = org.admins.length <= 1;
  return (
    <div className="stack">
      <p>
        <Link to={`/organisaties/${org.id}`}>{t("org.adminTitle", { name: org.name })}</Link>
      </p>
      <h1>{t("season.orgs.membersTitle", { name: org.name })}</h1>
      <ErrorSummary data={data?.formError ? { formError: data.formError } : null} />
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
      {params.get("verwijderd") ? (
        <Alert tone="success">
          {t("season.orgs.memberRemoved", { name: params.get("verwijderd") ?? "" })}
        </Alert>
      ) : null}
      {params.get("geaccepteerd") ? (
        <Alert tone="success">{t("season.orgs.accepted")}</Alert>
      ) : null}
      {org.pending.length ? (
        <Card title={t("org.pendingTitle")}>
          <ul className="people-list">
            {org.pending.map((person) => (
              <li key={person.id}>
                <span>{person.name}</span>
                <PersonAction
                  intent="accept"
                  userId={person.id}
                  label={t("season.orgs.acceptLabel", { name: person.name })}
                >
                  {t("org.accept")}
                </PersonAction>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card title={t("org.membersTitle")}>
        {lastAdmin ? <p className="field-hint">{t("season.orgs.lastAdminHint")}</p> : null}
        <ul className="people-list">
          {org.members.map((person) => (
            <li key={person.id}>
              <span>
                {person.name}
                {person.isAdmin ? (
                  <>
                    {" "}
                    · <strong>{t("season.orgs.adminBadge")}</strong>
                  </>
                ) : null}
                {person.id === me ? ` (${t("season.orgs.you")})` : ""}
              </span>
              <span className="actions">
                {person.isAdmin ? (
                  !lastAdmin ? (
                    <ConfirmAction
                      variant="secondary"
                      label={t("season.orgs.removeAdmin")}
                      accessibleLabel={t("season.orgs.removeAdminLabel", { name: person.name })}
                      question={t("season.orgs.removeAdminQuestion", { name: person.name })}
                    >
                      <PersonAction intent="remove-admin" userId={person.id} variant="danger">
                        {t("season.orgs.removeAdminConfirm")}
                      </PersonAction>
                    </ConfirmAction>
                  ) : null
                ) : (
                  <PersonAction
                    intent="appoint"
                    userId={person.id}
                    label={t("season.orgs.appointCoLabel", { name: person.name })}
                  >
                    {t("season.orgs.appointCo")}
                  </PersonAction>
                )}
                {!(person.isAdmin && lastAdmin) ? (
                  <ConfirmAction
                    label={t("season.orgs.removeMember")}
                    accessibleLabel={t("season.orgs.removeMemberLabel", { name: person.name })}
                    question={t("season.orgs.removeMemberQuestion", { name: person.name })}
                  >
                    <PersonAction intent="remove" userId={person.id} variant="danger">
                      {t("season.orgs.removeMemberConfirm")}
                    </PersonAction>
                  </ConfirmAction>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t("season.orgs.cohortsTitle")}>
        {org.cohorts.length === 0 ? (
          <p>{t("season.orgs.noCohorts")}</p>
        ) : (
          <ul>
            {org.cohorts.map((cohort) => (
              <li key={cohort.id}>
                <strong>{cohort.name}</strong> · {cohort.place} ·{" "}
                {t("cohorts.period", { from: cohort.startsOn, until: cohort.endsOn })}
                {cohort.archived ? ` · ${t("season.archivedBadge")}` : ""}
                <br />
                {cohort.enrolled.length
                  ? t("season.orgs.enrolled", { names: cohort.enrolled.join(", ") })
                  : t("season.orgs.noneEnrolled")}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
