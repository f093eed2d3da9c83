import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, useFormState } from "~/components/forms";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { Field } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { isResetTokenUsable, resetPassword } from "~/modules/auth/password-reset.server";
import { NewPasswordSchema } from "~/modules/auth/schemas.server";
import { parseForm } from "~/utils/forms.server";
import { invalid } from "~/utils/respond.server";
import { redirectWithSession } from "~/http/session-redirects.server";

// Opening the link only shows the form; the token is used up by the POST.
export async function loader({ params }: LoaderFunctionArgs) {
  const usable = await isResetTokenUsable(params.token ?? "");
  return json({ usable }, { status: usable ? 200 : 410 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const parsed = parseForm(await request.formData(), NewPasswordSchema);
  if (!parsed.ok) return invalid(parsed);
  const result = await resetPassword({ token: params.token ?? "", password: parsed.data.password });
  if (!result.ok) return invalid({ formError: { key: "auth.resetInvalid" } }, 410);
  return redirectWithSession("/account?wachtwoord=gewijzigd", result);
}

export default function ResetPasswordPage() {
  const t = useT();
  const { usable } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors } = useFormState(data);
  if (!usable || data?.formError) {
    return (
      <div className="narrow">
        <h1>{t("auth.resetTitle")}</h1>
        <Alert tone="error">{t("auth.resetInvalid")}</Alert>
        <p>
          <Link to="/wachtwoord-vergeten">{t("auth.resetAgain")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t("auth.resetTitle")}</h1>
      <ErrorSummary data={data} />
      <Card>
        <Form method="post" noValidate>
          <Field
            label={t("auth.password")}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            hint={t("auth.passwordHint")}
            error={errors.password}
          />
          <Field
            label={t("auth.passwordConfirm")}
            name="confirm"
            type="password"
            autoComplete="new-password"
            required
            error={errors.confirm}
          />
          <Button>{t("auth.resetSubmit")}</Button>
        </Form>
      </Card>
    </div>
  );
}
