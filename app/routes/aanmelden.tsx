import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { SignupForm } from "~/components/auth/signup-form";
import { Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { requireAnonymous } from "~/modules/auth/guards.server";
import { signupAction } from "~/http/signup-action.server";
import { listOrganisations } from "~/modules/people/profile.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return json({ organisations: await listOrganisations() });
}

export async function action({ request, context }: ActionFunctionArgs) {
  return signupAction({ request, clientIp: context.clientIp });
}

export default function SignupPage() {
  const t = useT();
  const { organisations } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  return (
    <div className="narrow">
      <h1>{t("auth.signupTitle")}</h1>
      <p>{t("auth.signupIntro")}</p>
      <Card>
        <SignupForm data={data} organisations={organisations} />
        <p>
          {t("auth.haveAccount")} <Link to="/inloggen">{t("common.navLogin")}</Link>
        </p>
      </Card>
    </div>
  );
}
