import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AnnouncementList } from "~/components/cohorts/announcement-list";
import { CohortLinks } from "~/components/cohorts/cohort-links";
import { CompletionTodo } from "~/components/cohorts/completion-todo";
import { DemoLabel } from "~/components/cohorts/demo-label";
import { DomainMixView } from "~/components/cohorts/domain-mix";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { SelectField } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { getLocale } from "~/i18n/locale.server";
import { badRequest, notFound } from "~/modules/auth/guards.server";
import {
  isStaffRole,
  requireCohortMember,
  requireCohortStaffToChange,
} from "~/modules/cohorts/access.server";
import { listAnnouncements } from "~/modules/cohorts/announcements.server";
import { getCohortPage } from "~/modules/cohorts/cohort-page.server";
import { getCompletion } from "~/modules/cohorts/completion.server";
import { formatEvening } from "~/modules/cohorts/local-time";
import { removeParticipant } from "~/modules/cohorts/members.server";
import { mailRemovedParticipant } from "~/modules/cohorts/manage-cohort.server";
import { appOrigin } from "~/utils/origin.server";
import { RemoveMemberForm, SectorFilter } from "~/modules/cohorts/schemas.server";
import { DOMAINS } from "~/modules/people/types";
import { formatDay } from "~/utils/intl";
import { ConfirmAction } from "~/components/ui/confirm-action";
import { ArchivedNotice } from "~/components/cohorts/archived-notice";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortMember(request, params.cohortId);
  const sector = SectorFilter.parse(new URL(request.url).searchParams.get("sector") || undefined);
  const [page, locale, announcements] = await Promise.all([
    getCohortPage({ cohortId: access.cohortId, sector }),
    getLocale(request),
    listAnnouncements({
      cohortId: access.cohortId,
      isStaff: isStaffRole(access.role),
      domain: access.user.domain,
      take: 5,
    }),
  ]);
  if (!page) notFound();
  const found =
    access.role === "PARTICIPANT"
      ? await getCompletion({ cohortId: access.cohortId, userId: access.user.id })
      : null;
  // An issued certificate settles it: the page never lists work for someone whose certificate page says it is ready.
  const completion = found?.hasCertificate ? { ...found, complete: true } : found;
  return json({
    cohort: {
      ...page,
      startsOn: formatDay(page.startsOn, locale),
      endsOn: formatDay(page.endsOn, locale),
      upcoming: page.upcoming.map((evening) => ({
        ...evening,
        when: formatEvening(evening.startsAt, evening.endsAt, locale),
      })),
    },
    sector: sector ?? "",
    role: access.role,
    isStaff: isStaffRole(access.role),
    archived: access.archived,
    completion,
    announcements,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCohortStaffToChange(request, params.cohortId);
  const parsed = RemoveMemberForm.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) badRequest();
  const removed = await removeParticipant({
    cohortId: access.cohortId,
    userId: parsed.data.userId,
  });
  if (!removed) notFound();
  await mailRemovedParticipant({
    cohortId: access.cohortId,
    userId: parsed.data.userId,
    origin: appOrigin(request),
  });
  return json({ removed: removed.name });
}

export default function CohortPage() {
  const t = useT();
  const { cohort, sector, isStaff, archived, completion, announcements } =
    useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  return (
    <div className="stack">
      <h1>
        {cohort.name}
        {cohort.isDemo ? (
          <>
            {" "}
            <DemoLabel />
          </>
        ) : null}
      </h1>
      {cohort.isDemo ? <p className="muted">{t("cohorts.demo.note")}</p> : null}
      <p className="muted">
        {cohort.place} · {t("cohorts.period", { from: cohort.startsOn, until: cohort.endsOn })}
        {cohort.organisations.length ? (
          <>
            <br />
            {t("cohorts.page.organisedBy", { orgs: cohort.organisations.join(", ") })}
          </>
        ) : null}
        {cohort.staff.length ? (
          <>
            <br />
            {t("cohorts.page.staff", {
              names: cohort.staff.map((person) => person.name).join(", "),
            })}
          </>
        ) : null}
        {cohort.capacity ? (
          <>
            <br />
            {t("cohorts.page.capacity", { count: cohort.participantCount, max: cohort.capacity })}
          </>
        ) : null}
      </p>
      <ArchivedNotice archived={archived} />
      {data?.removed ? (
        <Alert tone="success">{t("cohorts.page.removed", { name: data.removed })}</Alert>
      ) : null}
      <CohortLinks cohortId={cohort.id} isStaff={isStaff} />
      {announcements.length || isStaff ? (
        <Card title={t("notify.announcement.shownTitle")}>
          <AnnouncementList items={announcements} />
          {isStaff ? (
            <p>
              <Link to={`/groepen/${cohort.id}/berichten`}>{t("notify.announcement.write")}</Link>
            </p>
          ) : null}
        </Card>
      ) : null}
      {completion ? (
        <Card title={t("cohorts.page.todoTitle")}>
          <CompletionTodo cohortId={cohort.id} completion={completion} />
        </Card>
      ) : null}
      <Card title={t("cohorts.page.mixTitle")}>
        <DomainMixView mix={cohort.mix} showWarning={isStaff} cohortId={cohort.id} />
      </Card>
      <Card title={t("cohorts.page.upcomingTitle")}>
        {cohort.upcoming.length === 0 ? (
          <p>{t("cohorts.page.noUpcoming")}</p>
        ) : (
          <ul className="evening-list">
            {cohort.upcoming.map((evening) => (
              <li key={evening.id}>
                <strong>{evening.topic}</strong>
                <br />
                {t("cohorts.evenings.when", {
                  date: evening.when.date,
                  from: evening.when.from,
                  until: evening.when.until,
                })}{" "}
                · {evening.place}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to={`/groepen/${cohort.id}/bijeenkomsten`}>{t("cohorts.page.allEvenings")}</Link>
        </p>
      </Card>
      <Card title={t("cohorts.page.peopleTitle")}>
        <Form method="get" className="filter-form">
          <SelectField label={t("cohorts.page.filterLabel")} name="sector" defaultValue={sector}>
            <option value="">{t("cohorts.page.filterAll")}</option>
            {DOMAINS.map((domain) => (
              <option key={domain} value={domain}>
                {t(`common.domain.${domain}`)}
              </option>
            ))}
          </SelectField>
          <Button variant="secondary">{t("cohorts.page.filterSubmit")}</Button>
        </Form>
        {cohort.people.length === 0 ? (
          <p>{t("cohorts.page.noPeople")}</p>
        ) : (
          <ul className="people-list">
            {cohort.people.map((person) => (
              <li key={person.id}>
                <span>
                  {person.name}{" "}
                  <span className={`badge badge-${person.domain ?? "ANDERS"}`}>
                    {t(`common.domain.${person.domain ?? "ANDERS"}`)}
                  </span>
                </span>
                {isStaff && !archived ? (
                  <ConfirmAction
                    label={t("cohorts.page.remove")}
                    accessibleLabel={t("cohorts.page.removeLabel", { name: person.name })}
                    question={t("cohorts.page.removeQuestion", { name: person.name })}
                  >
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="userId" value={person.id} />
                      <Button variant="danger">{t("cohorts.page.removeConfirm")}</Button>
                    </Form>
                  </ConfirmAction>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
