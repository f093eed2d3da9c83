import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ArchivedNotice } from "~/components/cohorts/archived-notice";
import { Button } from "~/components/ui/button";
import { Alert } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { getLocale } from "~/i18n/locale.server";
import { notFound } from "~/modules/auth/guards.server";
import { issueCertificateQuietly } from "~/modules/certificates/issue-certificate.server";
import { appOrigin } from "~/utils/origin.server";
import { requireCohortStaff, requireCohortStaffToChange } from "~/modules/cohorts/access.server";
import { getAttendanceSheet, saveAttendance } from "~/modules/cohorts/attendance.server";
import { formatEvening } from "~/modules/cohorts/local-time";
import { ATTENDANCE_STATUSES, type AttendanceStatus } from "~/modules/cohorts/attendance-statuses";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortStaff(request, params.cohortId);
  const [sheet, locale] = await Promise.all([
    getAttendanceSheet({ cohortId: access.cohortId, eveningId: params.eveningId ?? "" }),
    getLocale(request),
  ]);
  if (!sheet) notFound();
  return json({
    cohortId: access.cohortId,
    archived: access.archived,
    evening: {
      ...sheet.evening,
      when: formatEvening(sheet.evening.startsAt, sheet.evening.endsAt, locale),
    },
    people: sheet.people,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCohortStaffToChange(request, params.cohortId);
  const form = await request.formData();
  const statuses: Record<string, AttendanceStatus> = {};
  for (const [key, value] of form.entries()) {
    const userId = key.startsWith("status-") ? key.slice(7) : null;
    if (userId && userId.length <= 40 && ATTENDANCE_STATUSES.includes(value as AttendanceStatus))
      statuses[userId] = value as AttendanceStatus;
  }
  const saved = await saveAttendance({
    cohortId: access.cohortId,
    eveningId: params.eveningId ?? "",
    recordedById: access.user.id,
    statuses,
  });
  if (saved === "not-found") notFound();
  if (saved === "cancelled") return json({ formError: "season.attendance.cancelled" }, 409);
  // Attending may complete someone's course: issue their certificate now.
  await Promise.all(
    Object.entries(statuses)
      .filter(([, status]) => status === "PRESENT")
      .map(([userId]) =>
        issueCertificateQuietly({ cohortId: access.cohortId, userId, origin: appOrigin(request) }),
      ),
  );
  return redirect(
    `/groepen/${access.cohortId}/bijeenkomsten/${params.eveningId}/aanwezigheid?opgeslagen=1`,
  );
}

export default function AttendancePage() {
  const t = useT();
  const { cohortId, archived, evening, people } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <div className="stack">
      <p>
        <Link to={`/groepen/${cohortId}/bijeenkomsten`}>{t("cohorts.attendance.back")}</Link>
      </p>
      <h1>
        {t("cohorts.attendance.title")}: {evening.topic}
      </h1>
      <p className="muted">
        {t("cohorts.evenings.when", {
          date: evening.when.date,
          from: evening.when.from,
          until: evening.when.until,
        })}
      </p>
      {params.get("opgeslagen") ? (
        <Alert tone="success">{t("cohorts.attendance.saved")}</Alert>
      ) : null}
      <ArchivedNotice archived={archived} />
      {evening.cancelled ? (
        <Alert tone={refused ? "error" : "info"}>{t("season.attendance.cancelled")}</Alert>
      ) : null}
      {archived || evening.cancelled ? null : people.length === 0 ? (
        <p>{t("cohorts.attendance.noParticipants")}</p>
      ) : (
        <Form method="post" className="attendance-form">
          <p>{t("cohorts.attendance.intro")}</p>
          {people.some((person) => person.apologised) ? (
            <p>{t("season.attendance.apologiesIntro")}</p>
          ) : null}
          {people.map((person) => (
            <fieldset key={person.id} className="attendance-person">
              <legend>
                {person.name}{" "}
                <span className="muted">({t(`common.domain.${person.domain ?? "ANDERS"}`)})</span>
              </legend>
              {person.apologised ? (
                <p className="muted attendance-apology">
                  {person.apologyReason
                    ? t("season.attendance.apologisedReason", { reason: person.apologyReason })
                    : t("season.attendance.apologisedNote")}
                </p>
              ) : null}
              <div className="attendance-choices">
                {ATTENDANCE_STATUSES.map((status) => (
                  <label key={status} className={`attendance-choice attendance-${status}`}>
                    <input
                      type="radio"
                      name={`status-${person.id}`}
                      value={status}
                      defaultChecked={person.status === status}
                    />
                    <span>{t(`cohorts.attendance.status.${status}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <Button className="attendance-save">{t("cohorts.attendance.save")}</Button>
        </Form>
      )}
    </div>
  );
}
