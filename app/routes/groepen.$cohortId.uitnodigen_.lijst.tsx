import { keyFromData } from "~/i18n/translate";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { ArchivedNotice } from "~/components/cohorts/archived-notice";
import { ErrorSummary, fieldAnchor } from "~/components/forms";
import {
  json,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { pageTitle } from "~/components/page-title";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { getLocale, getT } from "~/i18n/locale.server";
import { notFound } from "~/modules/auth/guards.server";
import { requireCohortStaff, requireCohortStaffToChange } from "~/modules/cohorts/access.server";
import {
  inviteList,
  listNotAccepted,
  readInviteList,
  resendInvitation,
  type BulkRow,
} from "~/modules/cohorts/bulk-invitations.server";
import { getCohortName } from "~/modules/cohorts/cohort-page.server";
import { formatDay } from "~/utils/intl";
import { appOrigin } from "~/utils/origin.server";
import { isId } from "~/utils/ids";
import { DataTable } from "~/components/ui/data-table";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "season.titles.bulkInvite", data?.cohort.name);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortStaff(request, params.cohortId);
  const [cohort, waiting, locale] = await Promise.all([
    getCohortName({ cohortId: access.cohortId }),
    listNotAccepted({ cohortId: access.cohortId }),
    getLocale(request),
  ]);
  if (!cohort) notFound();
  return json({
    cohort,
    archived: access.archived,
    waiting: waiting.map((row) => ({
      ...row,
      createdAt: formatDay(row.createdAt, locale),
      expiresAt: formatDay(row.expiresAt, locale),
    })),
  });
}

const MAX_UPLOAD = 200_000;

async function readForm(request: Request) {
  if ((request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    return unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD }),
    );
  }
  return request.formData();
}

type ActionData = { errors: Record<string, string>; rows: BulkRow[] | null; resent: string | null };

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCohortStaffToChange(request, params.cohortId);
  const form = await readForm(request).catch(() => null);
  if (!form)
    return json<ActionData>(
      { errors: { file: "season.invite.errors.fileTooLarge" }, rows: null, resent: null },
      400,
    );
  const [cohort, t] = await Promise.all([
    getCohortName({ cohortId: access.cohortId }),
    getT(request),
  ]);
  const names = { cohort: cohort?.name ?? "", name: access.user.name };
  const origin = appOrigin(request);
  if (form.get("intent") === "resend") {
    const invitationId = String(form.get("invitationId") ?? "");
    const email = isId(invitationId)
      ? await resendInvitation({
          cohortId: access.cohortId,
          invitationId,
          createdById: access.user.id,
          origin,
          mail: (link) => ({
            subject: t("cohorts.invite.mailSubject", names),
            text: t("cohorts.invite.mailText", { ...names, link }),
          }),
        })
      : null;
    if (!email)
      return json<ActionData>(
        { errors: { form: "season.invite.errors.notResendable" }, rows: null, resent: null },
        400,
      );
    return json<ActionData>({ errors: {}, rows: null, resent: email });
  }
  const pasted = String(form.get("list") ?? "");
  const file = form.get("file");
  const uploaded = file instanceof File && file.size > 0 ? await file.text() : "";
  const people = readInviteList([pasted, uploaded].filter((part) => part.trim()).join("\n"));
  if (people.length === 0)
    return json<ActionData>(
      { errors: { list: "season.invite.errors.empty" }, rows: null, resent: null },
      400,
    );
  const rows = await inviteList({
    cohortId: access.cohortId,
    createdById: access.user.id,
    people,
    origin,
    mail: ({ link }) => ({
      subject: t("cohorts.invite.mailSubject", names),
      text: t("cohorts.invite.mailText", { ...names, link }),
    }),
  });
  return json<ActionData>({ errors: {}, rows, resent: null });
}

export default function BulkInvitePage() {
  const t = useT();
  const { cohort, archived, waiting } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const counts = data?.rows
    ? data.rows.reduce<Record<string, number>>(
        (sum, row) => ({ ...sum, [row.outcome]: (sum[row.outcome] ?? 0) + 1 }),
        {},
      )
    : null;
  return (
    <div className="stack">
      <p>
        <Link to={`/groepen/${cohort.id}/uitnodigen`}>{t("season.invite.back")}</Link>
      </p>
      <h1>{t("season.invite.title")}</h1>
      <p>{t("season.invite.intro", { cohort: cohort.name })}</p>
      <ErrorSummary
        data={
          data
            ? {
                formError: data.errors.form ? { key: data.errors.form } : null,
                errors: Object.fromEntries(
                  Object.entries(data.errors).filter(([name]) => name !== "form"),
                ),
              }
            : null
        }
      />
      {data?.resent ? (
        <Alert tone="success">{t("season.invite.resent", { email: data.resent })}</Alert>
      ) : null}
      {data?.rows && counts ? (
        <Card title={t("season.invite.resultTitle")}>
          <p role="status">
            {t("season.invite.summary", { invited: counts.invited ?? 0, total: data.rows.length })}
          </p>
          <DataTable
            label={t("season.invite.resultTitle")}
            rowHeader={false}
            columns={[
              { label: t("season.invite.colLine"), className: "num" },
              t("season.invite.colName"),
              t("season.invite.colEmail"),
              t("season.invite.colOutcome"),
            ]}
            rows={data.rows.map((row) => ({
              key: `${row.line}-${row.email}`,
              className: `outcome-${row.outcome}`,
              cells: [
                row.line,
                row.name ?? "",
                row.email,
                t(`season.invite.outcome.${row.outcome}`),
              ],
            }))}
          />
        </Card>
      ) : null}
      <ArchivedNotice archived={archived} />
      {archived ? null : (
        <Card title={t("season.invite.formTitle")}>
          <Form method="post" encType="multipart/form-data" noValidate>
            <div className="field">
              <label htmlFor={fieldAnchor("list")}>{t("season.invite.listLabel")}</label>
              <p id="invite-list-hint" className="field-hint">
                {t("season.invite.listHint")}
              </p>
              <textarea
                id={fieldAnchor("list")}
                name="list"
                rows={8}
                aria-describedby={`invite-list-hint${data?.errors.list ? " invite-list-error" : ""}`}
                aria-invalid={data?.errors.list ? true : undefined}
              />
              {data?.errors.list ? (
                <p id="invite-list-error" className="field-error">
                  {t(keyFromData(data.errors.list))}
                </p>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor={fieldAnchor("file")}>{t("season.invite.fileLabel")}</label>
              <p id="invite-file-hint" className="field-hint">
                {t("season.invite.fileHint")}
              </p>
              <input
                id={fieldAnchor("file")}
                type="file"
                name="file"
                accept=".csv,text/csv"
                aria-describedby="invite-file-hint"
              />
              {data?.errors.file ? (
                <p className="field-error">{t(keyFromData(data.errors.file))}</p>
              ) : null}
            </div>
            <Button>{t("season.invite.submit")}</Button>
          </Form>
        </Card>
      )}
      <Card title={t("season.invite.waitingTitle")}>
        {waiting.length === 0 ? (
          <p>{t("season.invite.waitingNone")}</p>
        ) : (
          <ul className="people-list">
            {waiting.map((row) => (
              <li key={row.id}>
                <span>
                  {row.email}{" "}
                  <span className="muted">
                    (
                    {row.expired
                      ? t("season.invite.expiredOn", { date: row.expiresAt })
                      : t("season.invite.sentOn", { date: row.createdAt })}
                    )
                  </span>
                </span>
                {archived ? null : (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="resend" />
                    <input type="hidden" name="invitationId" value={row.id} />
                    <Button
                      variant="secondary"
                      aria-label={t("season.invite.resendLabel", { email: row.email })}
                    >
                      {t("season.invite.resend")}
                    </Button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
