import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ErrorSummary } from "~/components/forms";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { SignupForm } from "~/components/auth/signup-form";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { getUser, requireAnonymous } from "~/modules/auth/guards.server";
import { joinCohortByInvitation } from "~/modules/cohorts/cohort-invitations.server";
import { describeInvitation } from "~/modules/auth/invitations.server";
import { signupAction } from "~/http/signup-action.server";
import { listOrganisations } from "~/modules/people/profile.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const invitation = await describeInvitation(params.token ?? "");
  // A cohort invitation is also for people who already have an account; other invitations only sign people up.
  const forCohort = invitation.state === "valid" && Boolean(invitation.cohortId);
  if (invitation.state === "valid" && !forCohort) await requireAnonymous(request);
  const user = await getUser(request);
  const organisations =
    invitation.state === "valid" && !invitation.orgName && !user ? await listOrganisations() : [];
  return json(
    { invitation, organisations, viewer: user ? { name: user.name } : null },
    { status: invitation.state === "valid" ? 200 : 410 },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await getUser(request);
  if (user) {
    const result = await joinCohortByInvitation({ token: params.token ?? "", userId: user.id });
    if (result.ok) return redirect(`/groepen/${result.cohortId}/welkom`);
    const key =
      result.reason === "invalid"
        ? "auth.invitationInvalid.unknown"
        : `cohorts.join.${result.reason}`;
    return json({ errors: {}, values: {}, formError: { key }, done: null }, 410);
  }
  return signupAction({ request, clientIp: context.clientIp, invitationToken: params.token ?? "" });
}

export default function InvitationPage() {
  const t = useT();
  const { invitation, organisations, viewer } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { token } = useParams();
  if (invitation.state !== "valid") {
    return (
      <div className="narrow">
        <h1>{t("auth.signupTitle")}</h1>
        <Alert tone="error">
          {t(
            invitation.state === "full" || invitation.state === "archived"
              ? `cohorts.join.${invitation.state}`
              : `auth.invitationInvalid.${invitation.state}`,
          )}
        </Alert>
      </div>
    );
  }
  if (invitation.cohortName) {
    return (
      <div className="narrow stack">
        <h1>{t("cohorts.join.title", { cohort: invitation.cohortName })}</h1>
        <ErrorSummary data={data as never} />
        <p>{t("cohorts.join.intro", { cohort: invitation.cohortName })}</p>
        {viewer ? (
          <Card>
            <p>{t("cohorts.join.loggedIn", { name: viewer.name })}</p>
            <Form method="post">
              <Button>{t("cohorts.join.submit")}</Button>
            </Form>
          </Card>
        ) : (
          <>
            <p>
              {t("cohorts.join.haveAccount")}{" "}
              <Link to={`/inloggen?redirectTo=${encodeURIComponent(`/uitnodiging/${token}`)}`}>
                {t("cohorts.join.login")}
              </Link>
            </p>
            <p>{t("cohorts.join.newHere")}</p>
            <Card>
              {/* A bulk-list invitation brings the sector and organisation of its row: the form starts with them. */}
              <SignupForm
                data={
                  data ?? {
                    values: {
                      domain: invitation.suggested.domain ?? "",
                      orgId: invitation.suggested.orgId ?? "",
                    },
                  }
                }
                organisations={organisations}
              />
            </Card>
          </>
        )}
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t("auth.signupTitle")}</h1>
      <p>
        {invitation.orgName
          ? t("auth.invitationIntroOrg", { org: invitation.orgName })
          : t("auth.invitationIntro")}
      </p>
      <Card>
        <SignupForm data={data} organisations={organisations} />
      </Card>
    </div>
  );
}
