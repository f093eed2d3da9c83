import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { ErrorSummary, useFormState } from "~/components/forms";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { pageTitle } from "~/components/page-title";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { Field, SelectField } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { getLocale } from "~/i18n/locale.server";
import { notFound, requireOrgAdmin } from "~/modules/auth/guards.server";
import { formatDay } from "~/utils/intl";
import { LinkVolunteerForm, RecordVolunteerForm } from "~/modules/clubs/schemas.server";
import {
  WORKLIST_FILTERS,
  WORKLIST_SORTS,
  type WorklistFilter,
  type WorklistSort,
} from "~/modules/clubs/worklist";
import { getWorklist, linkVolunteer, recordVolunteer } from "~/modules/clubs/worklist.server";
import { db } from "~/utils/db.server";
import { parseForm } from "~/utils/forms.server";
import { requireId } from "~/utils/ids";
import { DataTable } from "~/components/ui/data-table";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "season.titles.worklist", data?.org.name);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const orgId = requireId(params.orgId);
  await requireOrgAdmin(request, orgId);
  const search = new URL(request.url).searchParams;
  const filter = (WORKLIST_FILTERS as readonly string[]).includes(search.get("filter") ?? "")
    ? (search.get("filter") as WorklistFilter)
    : "alle";
  const sort = (WORKLIST_SORTS as readonly string[]).includes(search.get("sort") ?? "")
    ? (search.get("sort") as WorklistSort)
    : "naam";
  const [org, list, locale] = await Promise.all([
    db.organisation.findUnique({ where: { id: orgId }, select: { id: true, name: true } }),
    getWorklist({ orgId, filter, sort }),
    getLocale(request),
  ]);
  if (!org) notFound();
  return json({
    org,
    filter,
    sort,
    counts: list.counts,
    linkable: list.linkable,
    rows: list.rows.map((row) => ({
      ...row,
      vogRenewBy: row.vogRenewBy ? formatDay(row.vogRenewBy, locale) : null,
    })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const orgId = requireId(params.orgId);
  const user = await requireOrgAdmin(request, orgId);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const base = `/organisaties/${orgId}/werklijst`;
  if (intent === "record") {
    const parsed = parseForm(form, RecordVolunteerForm);
    if (!parsed.ok)
      return json(
        {
          intent,
          errors: parsed.errors,
          values: parsed.values,
          formError: { key: "errors.formHasErrors" },
        },
        400,
      );
    await recordVolunteer({ orgId, recordedById: user.id, ...parsed.data });
    return redirect(`${base}?vastgelegd=1`);
  }
  if (intent === "link") {
    const parsed = parseForm(form, LinkVolunteerForm);
    if (!parsed.ok)
      return json(
        {
          intent,
          errors: parsed.errors,
          values: parsed.values,
          formError: { key: "errors.formHasErrors" },
        },
        400,
      );
    if (!(await linkVolunteer({ orgId, ...parsed.data, linkedById: user.id })))
      return json(
        {
          intent,
          errors: { userId: "season.register.errors.memberRequired" },
          values: parsed.data,
          formError: { key: "errors.formHasErrors" },
        },
        400,
      );
    return redirect(`${base}?gekoppeld=1`);
  }
  return json({ intent, errors: {}, values: {}, formError: { key: "errors.invalid" } }, 400);
}

export default function WorklistPage() {
  const t = useT();
  const { org, filter, sort, counts, rows, linkable } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const submitted = useFormState(data);
  const record =
    data?.intent === "record"
      ? submitted
      : { errors: {} as Record<string, string>, values: {} as Record<string, string> };
  const link =
    data?.intent === "link"
      ? submitted
      : { errors: {} as Record<string, string>, values: {} as Record<string, string> };
  const to = (next: Partial<{ filter: string; sort: string }>) =>
    `?filter=${next.filter ?? filter}&sort=${next.sort ?? sort}`;
  return (
    <div className="stack">
      <p>
        <Link to={`/organisaties/${org.id}`}>{t("org.adminTitle", { name: org.name })}</Link>
      </p>
      <h1>{t("season.register.title", { name: org.name })}</h1>
      <ErrorSummary data={data} />
      {params.get("vastgelegd") ? (
        <Alert tone="success">{t("season.register.recorded")}</Alert>
      ) : null}
      {params.get("gekoppeld") ? <Alert tone="success">{t("season.register.linked")}</Alert> : null}
      <ul className="stat-list" aria-label={t("season.register.countsLabel")}>
        <li>
          <Link to={to({ filter: "getraind" })}>
            {t("season.register.countTrained", { count: counts.trained })}
          </Link>
        </li>
        <li>
          <Link to={to({ filter: "vog-binnenkort" })}>
            {t("season.register.countVogSoon", { count: counts.vogSoon })}
          </Link>
        </li>
        <li>
          <Link to={to({ filter: "vog-probleem" })}>
            {t("season.register.countVogProblem", { count: counts.vogProblem })}
          </Link>
        </li>
        <li>
          <Link to={to({ filter: "zonder-account" })}>
            {t("season.register.countWithoutAccount", { count: counts.withoutAccount })}
          </Link>
        </li>
      </ul>
      <Form method="get" className="filter-form">
        <SelectField label={t("season.register.filter")} name="filter" defaultValue={filter}>
          {WORKLIST_FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(`season.register.filters.${value}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("season.register.sort")} name="sort" defaultValue={sort}>
          {WORKLIST_SORTS.map((value) => (
            <option key={value} value={value}>
              {t(`season.register.sorts.${value}`)}
            </option>
          ))}
        </SelectField>
        <Button variant="secondary">{t("season.register.apply")}</Button>
      </Form>
      {rows.length === 0 ? (
        <p>{t("season.register.empty")}</p>
      ) : (
        <DataTable
          label={t("season.register.title", { name: org.name })}
          columns={[
            t("season.register.colName"),
            t("season.register.colRole"),
            t("season.register.colCourse"),
            t("season.register.colVog"),
          ]}
          rows={rows.map((row) => ({
            key: row.key,
            cells: [
              <>
                {row.name}
                {row.hasAccount ? null : (
                  <>
                    {" "}
                    <span className="badge badge-ANDERS">{t("season.register.noAccount")}</span>
                  </>
                )}
              </>,
              row.volunteerRole ?? "",
              row.trained
                ? t("season.register.trained")
                : row.courseStatus
                  ? t(`clubs.course.${row.courseStatus}`)
                  : "–",
              <>
                {row.vogProblem ? (
                  <strong>
                    {t(
                      row.vogState === "overdue"
                        ? "season.register.vogOverdue"
                        : "season.register.vogMissing",
                    )}
                  </strong>
                ) : row.vogState === "dueSoon" ? (
                  t("season.register.vogDueSoon", { date: row.vogRenewBy ?? "" })
                ) : row.vogState === "valid" ? (
                  t("season.register.vogValid", { date: row.vogRenewBy ?? "" })
                ) : (
                  t("season.register.vogNotNeeded")
                )}
                {row.recordId && linkable.length ? (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="link" />
                    <input type="hidden" name="recordId" value={row.recordId} />
                    <SelectField
                      label={t("season.register.linkTo", { name: row.name })}
                      name="userId"
                      defaultValue={link.values.recordId === row.recordId ? link.values.userId : ""}
                      error={link.values.recordId === row.recordId ? link.errors.userId : undefined}
                    >
                      <option value="">{t("season.settings.choose")}</option>
                      {linkable.map((member) => (
                        <option key={member.id} value={member.id}>
                          {member.name}
                        </option>
                      ))}
                    </SelectField>
                    <Button variant="secondary">{t("season.register.link")}</Button>
                  </Form>
                ) : null}
              </>,
            ],
          }))}
        />
      )}
      <Card title={t("season.register.recordTitle")}>
        <p>{t("season.register.recordIntro")}</p>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="record" />
          <Field
            label={t("season.register.name")}
            name="name"
            required
            defaultValue={record.values.name}
            error={record.errors.name}
          />
          <Field
            label={t("season.register.role")}
            name="volunteerRole"
            hint={t("season.register.roleHint")}
            defaultValue={record.values.volunteerRole}
            error={record.errors.volunteerRole}
          />
          <Field
            label={t("season.register.vogSeenOn")}
            name="vogSeenOn"
            type="date"
            hint={t("season.register.vogSeenOnHint")}
            defaultValue={record.values.vogSeenOn}
            error={record.errors.vogSeenOn}
          />
          <Button>{t("season.register.record")}</Button>
        </Form>
      </Card>
    </div>
  );
}
