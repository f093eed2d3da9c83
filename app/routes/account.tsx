import { keyFromData } from "~/i18n/translate";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ErrorSummary, useFormState } from "~/components/forms";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ProfileFields } from "~/components/auth/profile-fields";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { Field } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { accountAction } from "~/http/account-action.server";
import { requireUser } from "~/modules/auth/guards.server";
import { getProfile, listOrganisations } from "~/modules/people/profile.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [profile, organisations] = await Promise.all([
    getProfile({ userId: user.id }),
    listOrganisations(),
  ]);
  return json({ profile, organisations });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  return accountAction({ request, user });
}

export default function AccountPage() {
  const t = useT();
  const { profile, organisations } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const intent = data && "intent" in data ? data.intent : null;
  const profileState = useFormState(intent === "profile" ? data : null);
  const passwordState = useFormState(intent === "password" ? data : null);
  const deleteState = useFormState(intent === "delete" ? data : null);
  const done = data && "done" in data ? data.done : null;
  return (
    <div className="stack">
      <h1>{t("account.title")}</h1>
      <ErrorSummary data={data} />
      {params.get("wachtwoord") === "gewijzigd" ? (
        <Alert tone="success">{t("account.passwordChanged")}</Alert>
      ) : null}
      {done ? <Alert tone="success">{t(keyFromData(done))}</Alert> : null}
      <Card title={t("account.profileTitle")}>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="profile" />
          <ProfileFields
            errors={profileState.errors}
            values={{
              name: profile.name,
              domain: profile.domain,
              volunteerRole: profile.volunteerRole,
              ...profileState.values,
            }}
            organisations={organisations}
          />
          <Button>{t("common.save")}</Button>
        </Form>
      </Card>
      <Card title={t("account.organisationsTitle")}>
        <p>
          <Link to="/account/clubs">{t("clubs.mine.link")}</Link>
        </p>
        <p>
          <Link to="/account/agenda">{t("season.feed.link")}</Link>
        </p>
        {profile.memberships.length === 0 ? <p>{t("account.noOrganisations")}</p> : null}
        <ul>
          {profile.memberships.map((membership) => (
            <li key={membership.org.id}>
              {membership.role === "ADMIN" && membership.status === "ACTIVE" ? (
                <Link to={`/organisaties/${membership.org.id}`}>{membership.org.name}</Link>
              ) : (
                membership.org.name
              )}{" "}
              <span className="muted">
                (
                {membership.status === "ACTIVE"
                  ? t("account.membershipActive")
                  : t("account.membershipPending")}
                {membership.role === "ADMIN" ? `, ${t("account.membershipAdmin")}` : ""})
              </span>
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t("account.passwordTitle")}>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="password" />
          <Field
            label={t("account.passwordCurrent")}
            name="current"
            type="password"
            autoComplete="current-password"
            error={passwordState.errors.current}
          />
          <Field
            label={t("account.passwordNew")}
            name="password"
            type="password"
            autoComplete="new-password"
            hint={t("auth.passwordHint")}
            error={passwordState.errors.password}
          />
          <Field
            label={t("auth.passwordConfirm")}
            name="confirm"
            type="password"
            autoComplete="new-password"
            error={passwordState.errors.confirm}
          />
          <Button>{t("common.save")}</Button>
        </Form>
      </Card>
      <Card title={t("account.sessionsTitle")}>
        <p>{t("account.sessionsText")}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="logout-everywhere" />
          <Button variant="secondary">{t("account.sessionsSubmit")}</Button>
        </Form>
      </Card>
      <Card title={t("account.dataTitle")}>
        <p>{t("account.dataText")}</p>
        <p>
          <a className="btn btn-secondary" href="/account/gegevens" download>
            {t("account.dataDownload")}
          </a>
        </p>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="delete" />
          <fieldset className="field">
            <legend>{t("account.deleteLegend")}</legend>
            <p className="field-hint">{t("account.deleteText")}</p>
            <Field
              label={t("account.deleteConfirm")}
              name="confirmEmail"
              type="email"
              autoComplete="off"
              error={deleteState.errors.confirmEmail}
            />
            <label className="checkbox">
              <input type="checkbox" name="keepPostText" />
              <span>{t("account.deleteKeepText")}</span>
            </label>
            <p className="field-hint">{t("account.deleteKeepTextHint")}</p>
            <label className="checkbox">
              <input type="checkbox" name="revokeCertificates" />
              <span>{t("account.deleteRevoke")}</span>
            </label>
            <p className="field-hint">{t("account.deleteRevokeHint")}</p>
          </fieldset>
          <Button variant="danger">{t("account.deleteSubmit")}</Button>
        </Form>
      </Card>
    </div>
  );
}
