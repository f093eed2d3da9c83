import { json } from "@remix-run/node";
import { z } from "zod";
import { changePassword } from "~/modules/auth/password-reset.server";
import { ChangePasswordSchema, ProfileSchema } from "~/modules/auth/schemas.server";
import { invalidateUserSessions, type SessionUser } from "~/modules/auth/session.server";
import { parseForm } from "~/utils/forms.server";
import { redirectLoggedOut, redirectWithSession } from "~/http/session-redirects.server";
import { deleteAccount } from "~/flows/personal-data.server";
import { updateProfile } from "~/modules/people/profile.server";
import { badRequest } from "~/modules/auth/guards.server";

const ok = (intent: string, done: string) =>
  json({ intent, errors: {}, values: {}, formError: null, done });
const fail = (
  intent: string,
  errors: Record<string, string>,
  values: Record<string, string> = {},
  status = 400,
) =>
  json({ intent, errors, values, formError: { key: "errors.formHasErrors" }, done: null }, status);

/** The account page's forms: profile, password, log out everywhere, delete. */
export async function accountAction({ request, user }: { request: Request; user: SessionUser }) {
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  if (intent === "profile") {
    const parsed = parseForm(form, ProfileSchema);
    if (!parsed.ok) return fail(intent, parsed.errors, parsed.values);
    await updateProfile({ userId: user.id, ...parsed.data });
    return ok(intent, "account.profileSaved");
  }
  if (intent === "password") {
    const parsed = parseForm(form, ChangePasswordSchema);
    if (!parsed.ok) return fail(intent, parsed.errors);
    const result = await changePassword({
      userId: user.id,
      current: parsed.data.current,
      password: parsed.data.password,
    });
    if (!result.ok) return fail(intent, { current: "errors.passwordWrong" });
    return redirectWithSession("/account?wachtwoord=gewijzigd", result);
  }
  if (intent === "logout-everywhere") {
    await invalidateUserSessions(user.id);
    return redirectLoggedOut("/inloggen?uitgelogd=overal");
  }
  if (intent === "delete") {
    const parsed = parseForm(form, z.object({ confirmEmail: z.string().trim().toLowerCase() }));
    if (!parsed.ok || parsed.data.confirmEmail !== user.email)
      return fail(intent, { confirmEmail: "account.deleteMismatch" });
    await deleteAccount({
      userId: user.id,
      keepPostText: form.get("keepPostText") === "on",
      revokeCertificates: form.get("revokeCertificates") === "on",
    });
    return redirectLoggedOut("/?verwijderd=1");
  }
  badRequest();
}
