import { keyFromData } from "~/i18n/translate";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RegisterPager as Pager } from "~/components/clubs/register-pager";
import { RegisterList } from "~/components/clubs/register-list";
import { InviteLinkBox } from "~/components/cohorts/invite-link-box";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { getLocale } from "~/i18n/locale.server";
import { badRequest, notFound, requireOrgAdmin } from "~/modules/auth/guards.server";
import { createInvitation } from "~/modules/auth/invitations.server";
import { todayInAmsterdam } from "~/utils/dates";
import { presentRegister } from "~/modules/clubs/present";
import { registerAction } from "~/http/register-action.server";
import { getClubRegisterPage, REGISTER_PAGE_SIZE } from "~/modules/clubs/register.server";
import { decideMembership, getOrganisationForAdmin } from "~/modules/organisations/members.server";
import { appOrigin } from "~/utils/origin.server";
import { inviteQrSvg } from "~/modules/cohorts/invite-qr.server";
import { MembershipDecisionForm } from "~/modules/organisations/schemas.server";
import { DataTable } from "~/components/ui/data-table";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const orgId = params.orgId ?? "";
  await requireOrgAdmin(request, orgId);
  // ?pagina=2, 3, …: the members and the register show one page of members in name order.
  const page = Math.floor(Number(new URL(request.url).searchParams.get("pagina")) || 1);
  const [register, locale] = await Promise.all([
    getClubRegisterPage({ orgId, page }),
    getLocale(request),
  ]);
  const org = await getOrganisationForAdmin({ orgId, userIds: register.userIds });
  if (!org) notFound();
  return json({
    org,
    register: presentRegister(register.rows, locale),
    pages: {
      page: register.page,
      pageCount: register.pageCount,
      total: register.total,
      pageSize: REGISTER_PAGE_SIZE,
    },
    today: todayInAmsterdam().toISOString().slice(0, 10),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const orgId = params.orgId ?? "";
  const admin = await requireOrgAdmin(request, orgId);
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "invite") {
    const { token } = await createInvitation({ createdById: admin.id, orgId });
    const inviteLink = `${appOrigin(request)}/uitnodiging/${token}`;
    return json({
      inviteLink,
      inviteQr: await inviteQrSvg(inviteLink),
      register: null,
      saved: null,
    });
  }
  if (intent === "types" || intent === "vog")
    return registerAction({ form, orgId, adminId: admin.id });
  const parsed = MembershipDecisionForm.safeParse(Object.fromEntries(form));
  if (!parsed.success) badRequest();
  await decideMembership({
    orgId,
    userId: parsed.data.userId,
    accept: parsed.data.intent === "accept",
  });
  return json({ inviteLink: null, register: null, saved: null });
}

export default function OrganisationAdminPage() {
  const t = useT();
  const { org, register, pages, today } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const pending = org.memberships.filter((membership) => membership.status === "PENDING");
  // The page's active members, in the register's name order.
  const position = new Map(register.map((member, index) => [member.userId, index]));
  const active = org.memberships
    .filter((membership) => membership.status === "ACTIVE")
    .sort((a, b) => (position.get(a.user.id) ?? 0) - (position.get(b.user.id) ?? 0));
  const pager = (
    <Pager
      page={pages.page}
      pageCount={pages.pageCount}
      total={pages.total}
      pageSize={pages.pageSize}
      pathFor={(to) => `/organisaties/${org.id}${to > 1 ? `?pagina=${to}` : ""}`}
    />
  );
  return (
    <div className="stack">
      <h1>{t("org.adminTitle", { name: org.name })}</h1>
      <p>
        <Link to={`/organisaties/${org.id}/leden`}>{t("season.orgs.membersLink")}</Link> ·{" "}
        <Link to={`/organisaties/${org.id}/werklijst`}>{t("season.register.pageLink")}</Link>
      </p>
      <Card title={t("org.pendingTitle")}>
        {pending.length === 0 ? <p>{t("org.noPending")}</p> : null}
        <ul>
          {pending.map(({ user }) => (
            <li key={user.id} className="actions">
              <span>
                {user.name}{" "}
                {user.domain ? (
                  <span className={`badge badge-${user.domain}`}>
                    {t(`common.domain.${user.domain}`)}
                  </span>
                ) : null}
              </span>
              <Form method="post" className="inline-form">
                <input type="hidden" name="userId" value={user.id} />
                <Button name="intent" value="accept">
                  {t("org.accept")}
                </Button>{" "}
                <Button name="intent" value="reject" variant="secondary">
                  {t("org.reject")}
                </Button>
              </Form>
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t("org.membersTitle")}>
        {pager}
        {active.length === 0 ? (
          <p>{t("org.noMembers")}</p>
        ) : (
          <DataTable
            label={t("org.membersTitle")}
            columns={[t("org.colName"), t("org.colDomain"), t("org.colRole")]}
            rows={active.map(({ user, role }) => ({
              key: user.id,
              cells: [
                `${user.name}${role === "ADMIN" ? ` (${t("account.membershipAdmin")})` : ""}`,
                user.domain ? t(`common.domain.${user.domain}`) : "—",
                user.volunteerRole ? t(keyFromData(`common.role.${user.volunteerRole}`)) : "—",
              ],
            }))}
          />
        )}
      </Card>
      <Card title={t("clubs.registerTitle")}>
        <p>
          {t(org.type === "SPORTVERENIGING" ? "clubs.registerIntro" : "clubs.registerIntroOrg")}
        </p>
        <p>
          <a className="btn btn-secondary" href={`/organisaties/${org.id}/register.csv`} download>
            {t("clubs.exportCsv")}
          </a>
        </p>
        {data?.saved ? (
          <Alert tone="success">
            {t(keyFromData(data.saved.key), {
              name: register.find((member) => member.userId === data.saved?.userId)?.name ?? "",
            })}
          </Alert>
        ) : null}
        {register.length === 0 ? (
          <p>{t("clubs.noMembers")}</p>
        ) : (
          <RegisterList members={register} feedback={data?.register ?? null} today={today} />
        )}
        {pager}
      </Card>
      <Card title={t("org.inviteTitle")}>
        <p>{t("org.inviteText", { name: org.name })}</p>
        {data?.inviteLink && "inviteQr" in data ? (
          <>
            <p>{t("org.inviteCreated")}</p>
            <InviteLinkBox link={data.inviteLink} qrSvg={data.inviteQr} />
          </>
        ) : null}
        <Form method="post">
          <Button name="intent" value="invite" variant="secondary">
            {t("org.inviteSubmit")}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
