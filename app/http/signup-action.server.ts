import { parseForm } from "~/utils/forms.server";
import { invalid, rateLimited } from "~/utils/respond.server";
import { redirectWithSession } from "~/http/session-redirects.server";
import { SignupSchema } from "~/modules/auth/schemas.server";
import { describeInvitation } from "~/modules/auth/invitations.server";
import { signup } from "~/modules/auth/signup.server";
import { tryTakeSeat } from "~/modules/cohorts/take-seat.server";

/** The shared action of open sign-up and sign-up by invitation. */
export async function signupAction(input: {
  request: Request;
  clientIp: string;
  invitationToken?: string;
}) {
  const parsed = parseForm(await input.request.formData(), SignupSchema);
  if (!parsed.ok) return invalid({ ...parsed, formError: { key: "errors.formHasErrors" } });
  const result = await signup({
    ...parsed.data,
    clientIp: input.clientIp,
    invitationToken: input.invitationToken,
    joinCohort: tryTakeSeat,
  });
  // A cohort invitation lands the newcomer in their cohort, via the short profile check.
  if (result.ok)
    return redirectWithSession(
      result.cohortId ? `/groepen/${result.cohortId}/welkom` : "/",
      result,
    );
  const { password: _omit, ...values } = parsed.data;
  if (result.reason === "rate-limited") return rateLimited(result.retryAfterMinutes, values);
  if (result.reason === "email-taken")
    return invalid({ values, errors: { email: "errors.emailTaken" } });
  if (result.reason === "cohort-full")
    return invalid({ values, formError: { key: "cohorts.join.full" } });
  // The invitation's cohort may have been archived since the page was shown.
  const archived = input.invitationToken
    ? (await describeInvitation(input.invitationToken)).state === "archived"
    : false;
  return invalid({
    values,
    formError: { key: archived ? "cohorts.join.archived" : "auth.invitationInvalid.unknown" },
  });
}
