import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { AnnouncementList } from "~/components/cohorts/announcement-list";
import { ArchivedNotice } from "~/components/cohorts/archived-notice";
import { ErrorSummary, useFormState } from "~/components/forms";
import { TextArea } from "~/components/forum/text-area";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { Field, SelectField } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { requireCohortStaff, requireCohortStaffToChange } from "~/modules/cohorts/access.server";
import {
  AnnouncementForm,
  listAnnouncements,
  postAnnouncement,
} from "~/modules/cohorts/announcements.server";
import { DOMAINS } from "~/modules/people/types";
import { parseForm } from "~/utils/forms.server";
import { invalid } from "~/utils/respond.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortStaff(request, params.cohortId);
  const items = await listAnnouncements({
    cohortId: access.cohortId,
    isStaff: true,
    domain: null,
    take: 50,
  });
  return json({ cohortId: access.cohortId, archived: access.archived, items });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCohortStaffToChange(request, params.cohortId);
  const parsed = parseForm(await request.formData(), AnnouncementForm);
  if (!parsed.ok) return invalid(parsed);
  await postAnnouncement({
    cohortId: access.cohortId,
    authorId: access.user.id,
    title: parsed.data.title,
    body: parsed.data.body,
    sector: parsed.data.sector || null,
  });
  return redirect(`/groepen/${access.cohortId}/berichten?verstuurd=1`);
}

export default function AnnouncementsPage() {
  const t = useT();
  const { cohortId, archived, items } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { errors, values } = useFormState(actionData);
  const [params] = useSearchParams();
  return (
    <div className="stack">
      <p>
        <Link to={`/groepen/${cohortId}`}>{t("notify.announcement.back")}</Link>
      </p>
      <h1>{t("notify.announcement.title")}</h1>
      <ErrorSummary data={actionData as never} />
      <p>{t("notify.announcement.pageIntro")}</p>
      {params.get("verstuurd") ? (
        <Alert tone="success">{t("notify.announcement.sent")}</Alert>
      ) : null}
      <ArchivedNotice archived={archived} />
      {archived ? null : (
        <Card>
          <Form method="post" noValidate>
            <Field
              label={t("notify.announcement.titleLabel")}
              name="title"
              defaultValue={values.title}
              error={errors.title}
              required
              maxLength={120}
            />
            <TextArea
              label={t("notify.announcement.bodyLabel")}
              name="body"
              defaultValue={values.body}
              error={errors.body}
              required
              rows={6}
            />
            <SelectField
              label={t("notify.announcement.sectorLabel")}
              name="sector"
              defaultValue={values.sector ?? ""}
              error={errors.sector}
            >
              <option value="">{t("notify.announcement.sectorAll")}</option>
              {DOMAINS.map((domain) => (
                <option key={domain} value={domain}>
                  {t("notify.announcement.sectorOnly", { sector: t(`common.domain.${domain}`) })}
                </option>
              ))}
            </SelectField>
            <Button>{t("notify.announcement.submit")}</Button>
          </Form>
        </Card>
      )}
      <AnnouncementList items={items} />
    </div>
  );
}
