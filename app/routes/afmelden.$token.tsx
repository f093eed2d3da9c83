import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { unsubscribe } from "~/modules/notify/preferences.server";
import { readUnsubscribeToken } from "~/modules/notify/unsubscribe-link.server";

export const meta: MetaFunction = () => [{ name: "robots", content: "noindex" }];

// The link in a mail. Opening it (GET) only asks; the POST unsubscribes. The
// POST is also what mail programs send for RFC 8058 one-click unsubscribe
// ("List-Unsubscribe=One-Click"), without a login or an Origin: the signed
// token is the authority, and it only ever switches off one kind of mail for
// the person it was made for.
export async function loader({ params }: LoaderFunctionArgs) {
  const target = readUnsubscribeToken(params.token ?? "");
  if (!target) return json({ valid: false as const }, { status: 404 });
  return json({ valid: true as const, kind: target.kind });
}

export async function action({ params }: ActionFunctionArgs) {
  const target = readUnsubscribeToken(params.token ?? "");
  if (!target || !(await unsubscribe(target.userId, target.kind)))
    return json({ done: false as const }, { status: 404 });
  return json({ done: true as const, kind: target.kind });
}

export default function UnsubscribePage() {
  const t = useT();
  const loaded = useLoaderData<typeof loader>();
  const done = useActionData<typeof action>();
  const toPreferences = (
    <p>
      <Link to="/account/meldingen">{t("notify.unsubscribe.toPreferences")}</Link>
    </p>
  );
  if (!loaded.valid || done?.done === false) {
    return (
      <div className="narrow">
        <h1>{t("notify.unsubscribe.title")}</h1>
        <Alert tone="error">{t("notify.unsubscribe.invalid")}</Alert>
        {toPreferences}
      </div>
    );
  }
  const kind = t(`notify.kinds.${loaded.kind}`);
  return (
    <div className="narrow">
      <h1>{t("notify.unsubscribe.title")}</h1>
      {done?.done ? (
        <Alert tone="success">{t("notify.unsubscribe.done", { kind })}</Alert>
      ) : (
        <Card>
          <Form method="post">
            <p>{t("notify.unsubscribe.confirm", { kind })}</p>
            <input type="hidden" name="List-Unsubscribe" value="One-Click" />
            <Button>{t("notify.unsubscribe.submit")}</Button>
          </Form>
        </Card>
      )}
      {toPreferences}
    </div>
  );
}
