import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { requireUser } from "~/modules/auth/guards.server";
import { getReplyMailSetting, setReplyMailSetting } from "~/modules/forum/reply-mail-setting.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ notify: await getReplyMailSetting({ userId: user.id }) });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  await setReplyMailSetting({ userId: user.id, notify: form.get("notify") === "on" });
  return redirect("/account/meldingen?opgeslagen=1");
}

export default function ReplyMailSettingsPage() {
  const t = useT();
  const { notify } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="stack">
      <p><Link to="/account">{t("common.navAccount")}</Link></p>
      <h1>{t("forum.settings.title")}</h1>
      {params.get("opgeslagen") ? <Alert tone="success">{t("forum.settings.saved")}</Alert> : null}
      <Card>
        <Form method="post">
          <label className="checkbox field">
            <input type="checkbox" name="notify" defaultChecked={notify} />
            <span>{t("forum.settings.label")}</span>
          </label>
          <Button>{t("common.save")}</Button>
        </Form>
      </Card>
    </div>
  );
}
