import { Form, Link } from "@remix-run/react";
import { FormError, useFormState } from "~/components/forms";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { ProfileFields } from "./profile-fields";

type Props = {
  data: unknown;
  organisations: { id: string; name: string; town: string }[];
};

export function SignupForm({ data, organisations }: Props) {
  const t = useT();
  const { errors, values } = useFormState(data);
  return (
    <>
      <FormError data={data as never} />
      <Form method="post" noValidate>
        <ProfileFields errors={errors} values={values} organisations={organisations} />
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
          autoComplete="new-password"
          required
          hint={t("auth.passwordHint")}
          error={errors.password}
        />
        <p>
          {t("legal.signupPrivacyBefore")} <Link to="/privacy">{t("legal.footerPrivacy")}</Link>.
        </p>
        <Button>{t("auth.signupSubmit")}</Button>
      </Form>
    </>
  );
}
