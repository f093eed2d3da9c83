import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { SignupForm } from "~/components/auth/signup-form";
import { Alert, Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { requireAnonymous } from "~/modules/auth/guards.server";
import { describeInvitation } from "~/modules/auth/invitations.server";
import { signupAction } from "~/modules/auth/signup-action.server";
import { listOrganisations } from "~/modules/people/profile.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const invitation = await describeInvitation(params.token ?? "");
  const organisations = invitation.state === "valid" && !invitation.orgName ? await listOrganisations() : [];
  return json({ invitation, organisations }, { status: invitation.state === "valid" ? 200 : 410 });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  return signupAction({ request, clientIp: context.clientIp, invitationToken: params.token ?? "" });
}

export default function InvitationPage() {
  const t = useT();
  const { invitation, organisations } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  if (invitation.state !== "valid") {
    return (
      <div className="narrow">
        <h1>{t("auth.signupTitle")}</h1>
        <Alert tone="error">{t(`auth.invitationInvalid.${invitation.state}`)}</Alert>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t("auth.signupTitle")}</h1>
      <p>{invitation.orgName ? t("auth.invitationIntroOrg", { org: invitation.orgName }) : t("auth.invitationIntro")}</p>
      <Card>
        <SignupForm data={data} organisations={organisations} />
      </Card>
    </div>
  );
}
