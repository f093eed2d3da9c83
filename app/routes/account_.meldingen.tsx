import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { requireUser } from "~/modules/auth/guards.server";
import { isMailKind, MAIL_KINDS } from "~/modules/notify/kinds";
import {
  getMailPreferences,
  saveMailPreferences,
  type ReplyFrequency,
} from "~/modules/notify/preferences.server";

const FREQUENCIES: ReplyFrequency[] = ["batched", "daily", "off"];
const OTHER_KINDS = MAIL_KINDS.filter((kind) => kind !== "replies");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const preferences = await getMailPreferences(user.id);
  return json({ replies: preferences?.replies ?? "batched", optOuts: preferences?.optOuts ?? [] });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  const chosen = form.get("replies");
  // The older form had one checkbox ("notify"); it still works.
  const replies: ReplyFrequency = FREQUENCIES.includes(chosen as ReplyFrequency)
    ? (chosen as ReplyFrequency)
    : form.get("notify") === "on"
      ? "batched"
      : "off";
  const wanted = new Set(form.getAll("receive").filter(isMailKind));
  // Without the "receive" boxes (the older form) the other kinds stay as they were.
  const current = await getMailPreferences(user.id);
  const optOuts = form.has("kinds")
    ? OTHER_KINDS.filter((kind) => !wanted.has(kind))
    : (current?.optOuts ?? []).filter(isMailKind);
  await saveMailPreferences(user.id, { replies, optOuts });
  return redirect("/account/meldingen?opgeslagen=1");
}

export default function MailPreferencesPage() {
  const t = useT();
  const { replies, optOuts } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const labels: Record<ReplyFrequency, string> = {
    batched: t("notify.preferences.repliesBatched"),
    daily: t("notify.preferences.repliesDaily"),
    off: t("notify.preferences.repliesOff"),
  };
  return (
    <div className="stack">
      <p>
        <Link to="/account">{t("common.navAccount")}</Link>
      </p>
      <h1>{t("notify.preferences.title")}</h1>
      {params.get("opgeslagen") ? (
        <Alert tone="success">{t("notify.preferences.saved")}</Alert>
      ) : null}
      <Card>
        <Form method="post" className="stack">
          <fieldset>
            <legend>{t("notify.preferences.repliesLegend")}</legend>
            {FREQUENCIES.map((frequency) => (
              <label key={frequency} className="checkbox field">
                <input
                  type="radio"
                  name="replies"
                  value={frequency}
                  defaultChecked={replies === frequency}
                />
                <span>{labels[frequency]}</span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t("notify.preferences.othersLegend")}</legend>
            <input type="hidden" name="kinds" value="1" />
            {OTHER_KINDS.map((kind) => (
              <label key={kind} className="checkbox field">
                <input
                  type="checkbox"
                  name="receive"
                  value={kind}
                  defaultChecked={!optOuts.includes(kind)}
                />
                <span>{t(`notify.kinds.${kind}`)}</span>
              </label>
            ))}
          </fieldset>
          <Button>{t("common.save")}</Button>
        </Form>
      </Card>
    </div>
  );
}
