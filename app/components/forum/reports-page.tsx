import type { SerializeFrom } from "@remix-run/node";
import { Form, Link, useSearchParams } from "@remix-run/react";
import type { loadReports } from "~/http/forum/reports-route.server";
import { Button } from "../ui/button";
import { Alert, Card } from "../ui/card";
import { Field } from "../ui/field";
import { useT } from "../use-t";

/** Open reports of a space, for its facilitators, and the "send reply mails now" button. */
export function ReportsPage({ data }: { data: SerializeFrom<typeof loadReports> }) {
  const t = useT();
  const [params] = useSearchParams();
  const sent = params.get("verstuurd");
  return (
    <div className="stack">
      <p>
        <Link to={data.space.path}>{t("forum.thread.backToList")}</Link>
      </p>
      <h1>{t("forum.moderation.reportsTitle")}</h1>
      {sent !== null ? (
        <Alert tone="success">{t("forum.moderation.sent", { count: Number(sent) || 0 })}</Alert>
      ) : null}
      {data.reports.length === 0 ? <p>{t("forum.moderation.noReports")}</p> : null}
      <ul className="forum-list">
        {data.reports.map((report) => (
          <li key={report.id} className="card">
            <p>
              <strong>{t("forum.moderation.reportAbout", { title: report.caseTitle })}</strong>
            </p>
            {report.excerpt ? (
              <p className="forum-text">
                {t("forum.moderation.reportReplyExcerpt", { text: report.excerpt })}
              </p>
            ) : null}
            <p>{t("forum.thread.hiddenReason", { reason: report.reason })}</p>
            <div className="actions">
              <Link
                to={`${data.space.path}/${report.caseId}${report.replyId ? `#reactie-${report.replyId}` : ""}`}
              >
                {t("forum.moderation.open")}
              </Link>
              <Form method="post">
                <input type="hidden" name="intent" value="resolve" />
                <input type="hidden" name="reportId" value={report.id} />
                <Button variant="secondary">{t("forum.moderation.resolve")}</Button>
              </Form>
            </div>
            <Form method="post">
              <input type="hidden" name="intent" value={report.hidden ? "restore" : "hide"} />
              <input type="hidden" name="caseId" value={report.caseId} />
              {report.replyId ? (
                <input type="hidden" name="replyId" value={report.replyId} />
              ) : null}
              {report.hidden ? null : (
                <Field label={t("forum.moderation.hideReason")} name="reason" maxLength={500} />
              )}
              <Button variant={report.hidden ? "secondary" : "danger"}>
                {report.hidden ? t("forum.moderation.restore") : t("forum.moderation.hide")}
              </Button>
            </Form>
          </li>
        ))}
      </ul>
      <Card title={t("forum.moderation.sendTitle")}>
        <p>{t("forum.moderation.sendText")}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="send-notifications" />
          <Button variant="secondary">{t("forum.moderation.sendSubmit")}</Button>
        </Form>
      </Card>
    </div>
  );
}
