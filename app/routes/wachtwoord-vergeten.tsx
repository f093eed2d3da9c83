import type { ActionFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { ErrorSummary, useFormState } from "~/components/forms";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { Field } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { getT } from "~/i18n/locale.server";
import { requestPasswordReset } from "~/modules/auth/password-reset.server";
import { ResetRequestSchema } from "~/modules/auth/schemas.server";
import { parseForm } from "~/utils/forms.server";
import { appOrigin } from "~/utils/origin.server";
import { invalid, rateLimited } from "~/utils/respond.server";

export async function action({ request, context }: ActionFunctionArgs) {
  const parsed = parseForm(await request.formData(), ResetRequestSchema);
  if (!parsed.ok) return invalid(parsed);
  const t = await getT(request);
  const result = await requestPasswordReset({
    email: parsed.data.email,
    clientIp: context.clientIp,
    origin: appOrigin(request),
    mail: (link) => ({
      subject: t("auth.resetMailSubject"),
      text: t("auth.resetMailText", { link }),
    }),
  });
  if (!result.ok) return rateLimited(result.retryAfterMinutes);
  return json({ errors: {}, values: {}, formError: null, done: true });
}

export default function ForgotPasswordPage() {
  const t = useT();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormState(data);
  return (
    <div className="narrow">
      <h1>{t("auth.forgotTitle")}</h1>
      <ErrorSummary data={data} />
      <Card>
        {data?.done ? <Alert tone="success">{t("auth.forgotSent")}</Alert> : null}
        <p>{t("auth.forgotIntro")}</p>
        <Form method="post" noValidate>
          <Field
            label={t("auth.email")}
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={values.email}
            error={errors.email}
          />
          <Button>{t("auth.forgotSubmit")}</Button>
        </Form>
      </Card>
    </div>
  );
}
