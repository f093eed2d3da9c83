import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ArchivedNotice } from "~/components/cohorts/archived-notice";
import { InviteLinkBox } from "~/components/cohorts/invite-link-box";
import { ErrorSummary, useFormState } from "~/components/forms";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { Field } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { getLocale, getT } from "~/i18n/locale.server";
import { badRequest, notFound } from "~/modules/auth/guards.server";
import { requireCohortStaff, requireCohortStaffToChange } from "~/modules/cohorts/access.server";
import {
  createCohortInvitation,
  inviteByEmail,
  listCohortInvitations,
  revokeCohortInvitation,
} from "~/modules/cohorts/cohort-invitations.server";
import { getCohortName } from "~/modules/cohorts/cohort-page.server";
import { inviteQrSvg } from "~/modules/cohorts/invite-qr.server";
import {
  RevokeInvitationForm,
  InviteEmailSchema,
  InviteLinkSchema,
} from "~/modules/cohorts/schemas.server";
import { parseForm } from "~/utils/forms.server";
import { appOrigin } from "~/utils/origin.server";
import { formatDay } from "~/utils/intl";
import { DataTable } from "~/components/ui/data-table";
import { ConfirmAction } from "~/components/ui/confirm-action";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortStaff(request, params.cohortId);
  const [cohort, invitations, locale] = await Promise.all([
    getCohortName({ cohortId: access.cohortId }),
    listCohortInvitations({ cohortId: access.cohortId }),
    getLocale(request),
  ]);
  if (!cohort) notFound();
  const origin = appOrigin(request);
  // Shared links stay visible (with a QR code) until they expire or are revoked.
  const shown = await Promise.all(
    invitations.map(async (row) =>
      row.token
        ? {
            link: `${origin}/uitnodiging/${row.token}`,
            qrSvg: await inviteQrSvg(`${origin}/uitnodiging/${row.token}`),
          }
        : null,
    ),
  );
  return json({
    cohort,
    archived: access.archived,
    invitations: invitations.map((row, index) => ({
      id: row.id,
      email: row.email,
      state: row.state,
      uses: row.uses,
      maxUses: row.maxUses,
      createdAt: formatDay(row.createdAt, locale),
      expiresAt: formatDay(row.expiresAt, locale),
      shown: shown[index],
    })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCohortStaffToChange(request, params.cohortId);
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "link") {
    const parsed = parseForm(form, InviteLinkSchema);
    if (!parsed.ok)
      return json(
        {
          intent,
          errors: parsed.errors,
          values: parsed.values,
          link: null,
          madeId: null,
          sentTo: null,
          revoked: false,
        },
        400,
      );
    const { id, token } = await createCohortInvitation({
      cohortId: access.cohortId,
      createdById: access.user.id,
      ...parsed.data,
    });
    return json({
      intent,
      errors: {},
      values: {},
      link: `${appOrigin(request)}/uitnodiging/${token}`,
      madeId: id,
      sentTo: null,
      revoked: false,
    });
  }
  if (intent === "email") {
    const parsed = parseForm(form, InviteEmailSchema);
    if (!parsed.ok)
      return json(
        {
          intent,
          errors: parsed.errors,
          values: parsed.values,
          link: null,
          madeId: null,
          sentTo: null,
          revoked: false,
        },
        400,
      );
    const [cohort, t] = await Promise.all([
      getCohortName({ cohortId: access.cohortId }),
      getT(request),
    ]);
    const names = { cohort: cohort?.name ?? "", name: access.user.name };
    await inviteByEmail({
      cohortId: access.cohortId,
      createdById: access.user.id,
      email: parsed.data.email,
      origin: appOrigin(request),
      subject: t("cohorts.invite.mailSubject", names),
      text: (link) => t("cohorts.invite.mailText", { ...names, link }),
    });
    return json({
      intent,
      errors: {},
      values: {},
      link: null,
      madeId: null,
      sentTo: parsed.data.email,
      revoked: false,
    });
  }
  if (intent === "revoke") {
    const parsed = RevokeInvitationForm.safeParse(Object.fromEntries(form));
    if (!parsed.success) badRequest();
    if (
      !(await revokeCohortInvitation({
        cohortId: access.cohortId,
        invitationId: parsed.data.invitationId,
      }))
    )
      notFound();
    return json({
      intent,
      errors: {},
      values: {},
      link: null,
      madeId: null,
      sentTo: null,
      revoked: true,
    });
  }
  badRequest();
}

export default function InvitePage() {
  const t = useT();
  const { cohort, archived, invitations } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const linkState = useFormState(data?.intent === "link" ? data : null);
  const emailState = useFormState(data?.intent === "email" ? data : null);
  // The link just made (the action answers with its id), shown from the list so that it looks the same after a reload.
  const made = invitations.find((row) => row.id === data?.madeId);
  const newest = made?.shown ? { ...made, shown: made.shown } : null;
  return (
    <div className="stack">
      <p>
        <Link to={`/groepen/${cohort.id}`}>{cohort.name}</Link>
      </p>
      <h1>{t("cohorts.invite.title")}</h1>
      <ErrorSummary data={data} />
      <p>
        <Link to={`/groepen/${cohort.id}/uitnodigen/lijst`}>{t("season.invite.link")}</Link>
      </p>
      <p>{t("cohorts.invite.intro", { cohort: cohort.name })}</p>
      {data?.revoked ? <Alert tone="success">{t("cohorts.invite.revoked")}</Alert> : null}
      <ArchivedNotice archived={archived} />
      {archived ? null : (
        <>
          <Card title={t("cohorts.invite.linkTitle")}>
            {newest ? (
              <>
                <p>{t("cohorts.invite.linkCreated")}</p>
                <InviteLinkBox
                  link={newest.shown.link}
                  qrSvg={newest.shown.qrSvg}
                  validUntil={newest.expiresAt}
                />
              </>
            ) : null}
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="link" />
              <Field
                label={t("cohorts.invite.validDays")}
                name="validDays"
                type="number"
                inputMode="numeric"
                min={1}
                max={60}
                defaultValue={linkState.values.validDays ?? "14"}
                error={linkState.errors.validDays}
              />
              <Field
                label={t("cohorts.invite.maxUses")}
                name="maxUses"
                type="number"
                inputMode="numeric"
                min={1}
                hint={t("cohorts.invite.maxUsesHint")}
                defaultValue={linkState.values.maxUses}
                error={linkState.errors.maxUses}
              />
              <Button>{t("cohorts.invite.createLink")}</Button>
            </Form>
          </Card>
          <Card title={t("cohorts.invite.emailTitle")}>
            {data?.sentTo ? (
              <Alert tone="success">{t("cohorts.invite.emailSent", { email: data.sentTo })}</Alert>
            ) : null}
            <p>{t("cohorts.invite.emailHint")}</p>
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="email" />
              <Field
                label={t("cohorts.invite.email")}
                name="email"
                type="email"
                autoComplete="off"
                required
                defaultValue={emailState.values.email}
                error={emailState.errors.email}
              />
              <Button>{t("cohorts.invite.emailSubmit")}</Button>
            </Form>
          </Card>
        </>
      )}
      <Card title={t("cohorts.invite.listTitle")}>
        {invitations.length === 0 ? (
          <p>{t("cohorts.invite.none")}</p>
        ) : (
          <DataTable
            label={t("cohorts.invite.listTitle")}
            columns={[
              t("cohorts.invite.colLink"),
              t("cohorts.invite.colState"),
              t("cohorts.invite.colUses"),
              t("cohorts.invite.colValidUntil"),
              { label: t("cohorts.invite.revoke"), hiddenLabel: true },
            ]}
            rows={invitations.map((row) => ({
              key: row.id,
              cells: [
                <>
                  {row.email ?? t("cohorts.invite.shared")}
                  <br />
                  <span className="muted">{row.createdAt}</span>
                  {row.shown && row.id !== newest?.id ? (
                    <InviteLinkBox link={row.shown.link} qrSvg={row.shown.qrSvg} />
                  ) : null}
                </>,
                t(`cohorts.invite.state.${row.state}`),
                row.maxUses === null
                  ? t("cohorts.invite.uses", { uses: row.uses })
                  : t("cohorts.invite.usesOf", { uses: row.uses, max: row.maxUses }),
                row.expiresAt,
                row.state === "valid" && !archived ? (
                  <ConfirmAction
                    label={t("cohorts.invite.revoke")}
                    accessibleLabel={t("cohorts.invite.revokeLabel", {
                      created: `${row.email ?? t("cohorts.invite.shared")}, ${row.createdAt}`,
                    })}
                    question={t("cohorts.invite.revokeQuestion")}
                  >
                    <Form method="post">
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="invitationId" value={row.id} />
                      <Button variant="danger">{t("cohorts.invite.revokeConfirm")}</Button>
                    </Form>
                  </ConfirmAction>
                ) : null,
              ],
            }))}
          />
        )}
      </Card>
    </div>
  );
}
