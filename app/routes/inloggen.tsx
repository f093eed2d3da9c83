import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ErrorSummary, useFormState } from "~/components/forms";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { Field } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { requireAnonymous, getSession } from "~/modules/auth/guards.server";
import { login } from "~/modules/auth/login.server";
import { safeRedirect } from "~/modules/auth/safe-redirect";
import { LoginSchema } from "~/modules/auth/schemas.server";
import { invalidateSession } from "~/modules/auth/session.server";
import { parseForm } from "~/utils/forms.server";
import { invalid, rateLimited } from "~/utils/respond.server";
import { redirectWithSession } from "~/http/session-redirects.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return json({});
}

export async function action({ request, context }: ActionFunctionArgs) {
  const parsed = parseForm(await request.formData(), LoginSchema);
  if (!parsed.ok) return invalid(parsed);
  const result = await login({ ...parsed.data, clientIp: context.clientIp });
  if (!result.ok) {
    if (result.reason === "rate-limited")
      return rateLimited(result.retryAfterMinutes, { email: parsed.data.email });
    return invalid({
      values: { email: parsed.data.email },
      formError: { key: "errors.loginFailed" },
    });
  }
  // A cookie that existed before login (perhaps planted) never becomes the session.
  const previous = await getSession(request);
  if (previous) await invalidateSession(previous.sessionId);
  return redirectWithSession(safeRedirect(parsed.data.redirectTo, "/"), result);
}

export default function LoginPage() {
  const t = useT();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormState(data);
  const [params] = useSearchParams();
  return (
    <div className="narrow">
      <h1>{t("auth.loginTitle")}</h1>
      <ErrorSummary data={data} />
      {params.get("uitgelogd") && !data ? (
        <Alert tone="success">
          {t(
            params.get("uitgelogd") === "overal" ? "auth.logoutEverywhereDone" : "auth.logoutDone",
          )}
        </Alert>
      ) : null}
      <Card>
        <Form method="post" noValidate>
          <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/"} />
          <Field
            label={t("auth.email")}
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={values.email}
            error={errors.email}
          />
          <Field
            label={t("auth.password")}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            error={errors.password}
          />
          <Button>{t("auth.loginSubmit")}</Button>
        </Form>
        <p>
          <Link to="/wachtwoord-vergeten">{t("auth.forgotLink")}</Link>
        </p>
        <p>
          {t("auth.noAccount")} <Link to="/aanmelden">{t("common.navSignup")}</Link>
        </p>
      </Card>
    </div>
  );
}
