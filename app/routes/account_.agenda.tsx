import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { pageTitle } from "~/components/page-title";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { requireUser } from "~/modules/auth/guards.server";
import { getFeedToken, resetFeedToken } from "~/modules/cohorts/calendar-feed.server";
import { appOrigin } from "~/utils/origin.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "season.titles.calendar");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const token = await getFeedToken({ userId: user.id });
  if (!token) return json({ url: null, webcal: null });
  const url = `${appOrigin(request)}/agenda/${token}/bijeenkomsten.ics`;
  return json({ url, webcal: url.replace(/^https?:/, "webcal:") });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const had = await getFeedToken({ userId: user.id });
  await resetFeedToken({ userId: user.id });
  return redirect(`/account/agenda?${had ? "nieuw" : "aan"}=1`);
}

export default function CalendarFeedPage() {
  const t = useT();
  const { url, webcal } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="stack narrow">
      <p>
        <Link to="/account">{t("common.navAccount")}</Link>
      </p>
      <h1>{t("season.feed.title")}</h1>
      <p>{t("season.feed.intro")}</p>
      {params.get("aan") ? <Alert tone="success">{t("season.feed.made")}</Alert> : null}
      {params.get("nieuw") ? <Alert tone="success">{t("season.feed.resetDone")}</Alert> : null}
      {url && webcal ? (
        <>
          <Card>
            <p>
              <a className="btn btn-primary" href={webcal}>
                {t("season.feed.subscribe")}
              </a>
            </p>
            <div className="field">
              <label htmlFor="feed-url">{t("season.feed.urlLabel")}</label>
              <p id="feed-url-hint" className="field-hint">
                {t("season.feed.urlHint")}
              </p>
              <input id="feed-url" readOnly value={url} aria-describedby="feed-url-hint" />
            </div>
          </Card>
          <Card title={t("season.feed.reset")}>
            <p>{t("season.feed.resetIntro")}</p>
            <Form method="post">
              <Button variant="secondary">{t("season.feed.reset")}</Button>
            </Form>
          </Card>
        </>
      ) : (
        <Card>
          <p>{t("season.feed.off")}</p>
          <Form method="post">
            <Button>{t("season.feed.turnOn")}</Button>
          </Form>
        </Card>
      )}
    </div>
  );
}
