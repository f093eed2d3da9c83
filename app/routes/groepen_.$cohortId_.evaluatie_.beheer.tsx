import { dateTimeFormat } from "~/utils/intl";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { ArchivedNotice } from "~/components/cohorts/archived-notice";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { badRequest, notFound } from "~/modules/auth/guards.server";
import { requireCohortStaff, requireCohortStaffToChange } from "~/modules/cohorts/access.server";
import {
  getEvaluationStatus,
  setEvaluationOpen,
} from "~/modules/evaluation/manage-evaluation.server";
import { EvaluationWindowForm } from "~/modules/evaluation/schemas.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortStaff(request, params.cohortId);
  const status = await getEvaluationStatus({ cohortId: access.cohortId });
  if (!status) notFound();
  return json({ cohortId: access.cohortId, archived: access.archived, status });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCohortStaffToChange(request, params.cohortId);
  const parsed = EvaluationWindowForm.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) badRequest();
  await setEvaluationOpen({ cohortId: access.cohortId, open: parsed.data.intent === "open" });
  return redirect(
    `/groepen/${access.cohortId}/evaluatie/beheer?${parsed.data.intent === "open" ? "geopend" : "gesloten"}=1`,
  );
}

const formatDate = (value: string) =>
  dateTimeFormat("nl-NL", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(value));

export default function ManageEvaluationPage() {
  const t = useT();
  const { cohortId, archived, status } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const base = `/groepen/${cohortId}/evaluatie`;
  return (
    <div className="stack">
      <h1>{t("evaluation.manage.title", { cohort: status.name })}</h1>
      {params.get("geopend") ? <Alert tone="success">{t("evaluation.manage.opened")}</Alert> : null}
      {params.get("gesloten") ? (
        <Alert tone="success">{t("evaluation.manage.closedDone")}</Alert>
      ) : null}
      <Card>
        <p>
          <strong>
            {status.openedAt
              ? t("evaluation.manage.statusOpen", { date: formatDate(status.openedAt) })
              : t("evaluation.manage.statusClosed")}
          </strong>
        </p>
        {!status.openedAt && status.lastEvening ? (
          <p>{t("evaluation.manage.lastEvening", { date: formatDate(status.lastEvening) })}</p>
        ) : null}
        <p>
          {t(
            status.submitted === 0
              ? "evaluation.manage.progressNone"
              : status.submitted === null
                ? "evaluation.manage.progressFew"
                : "evaluation.manage.progress",
            { count: status.submitted ?? 0, total: status.participants },
          )}
        </p>
        <ArchivedNotice archived={archived} />
        {archived ? null : (
          <Form method="post">
            {status.openedAt ? (
              <Button name="intent" value="close" variant="secondary">
                {t("evaluation.manage.close")}
              </Button>
            ) : (
              <Button name="intent" value="open">
                {t("evaluation.manage.open")}
              </Button>
            )}
          </Form>
        )}
      </Card>
      <Card title={t("evaluation.manage.links")}>
        <ul>
          <li>
            <Link to={`${base}/rapport`}>{t("evaluation.manage.linkReport")}</Link>
          </li>
          <li>
            <Link to={`${base}/vragen`}>{t("evaluation.manage.linkQuestions")}</Link>
          </li>
          <li>
            <Link to={`${base}/vergelijken`}>{t("evaluation.manage.linkCompare")}</Link>
          </li>
        </ul>
      </Card>
    </div>
  );
}
