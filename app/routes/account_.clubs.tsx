import { keyFromData } from "~/i18n/translate";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { MyClubCard } from "~/components/clubs/my-clubs";
import { ErrorSummary, useFormState } from "~/components/forms";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { SelectField } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { getLocale } from "~/i18n/locale.server";
import { requireUser } from "~/modules/auth/guards.server";
import { formatMoment } from "~/utils/dates";
import {
  leaveClub,
  listJoinableOrganisations,
  listMyClubs,
  requestMembership,
} from "~/modules/clubs/my-clubs.server";
import { RequestMembershipSchema } from "~/modules/clubs/schemas.server";
import { parseForm } from "~/utils/forms.server";
import { formatDay } from "~/utils/intl";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [clubs, joinable, locale] = await Promise.all([
    listMyClubs({ userId: user.id }),
    listJoinableOrganisations({ userId: user.id }),
    getLocale(request),
  ]);
  return json({
    joinable,
    clubs: clubs.map((club) => ({
      org: club.org,
      status: club.status,
      volunteerTypes: club.volunteerTypes,
      trained: club.trainedConfirmedAt
        ? {
            date: formatMoment(club.trainedConfirmedAt, locale),
            admin: club.trainedConfirmedBy ?? "—",
          }
        : null,
      vog: {
        state: club.vog.state,
        seenOn: club.vogSeenOn ? formatDay(club.vogSeenOn, locale) : null,
        seenOnIso: "",
        seenBy: club.vogSeenBy ?? "—",
        renewBy: club.vog.renewBy ? formatDay(club.vog.renewBy, locale) : null,
      },
    })),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  const parsed = parseForm(form, RequestMembershipSchema);
  if (!parsed.ok) return json({ errors: parsed.errors, values: parsed.values, done: null }, 400);
  const { orgId } = parsed.data;
  const org = (await listMyClubs({ userId: user.id })).find((club) => club.org.id === orgId)?.org;
  if (form.get("intent") === "leave") {
    if (!org || !(await leaveClub({ userId: user.id, orgId })))
      throw new Response("Not Found", { status: 404 });
    return json({ errors: {}, values: {}, done: { key: "clubs.mine.left", org: org.name } });
  }
  if (!(await requestMembership({ userId: user.id, orgId })))
    return json({ errors: { orgId: "clubs.errors.orgRequired" }, values: {}, done: null }, 400);
  const name =
    (await listMyClubs({ userId: user.id })).find((club) => club.org.id === orgId)?.org.name ?? "";
  return json({ errors: {}, values: {}, done: { key: "clubs.mine.requested", org: name } });
}

export default function MyClubsPage() {
  const t = useT();
  const { clubs, joinable } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const state = useFormState(data);
  return (
    <div className="stack">
      <p className="crumbs">
        <Link to="/account">{t("account.title")}</Link>
      </p>
      <h1>{t("clubs.mine.title")}</h1>
      <ErrorSummary data={data as never} />
      <p>{t("clubs.mine.intro")}</p>
      {data?.done ? (
        <Alert tone="success">{t(keyFromData(data.done.key), { org: data.done.org })}</Alert>
      ) : null}
      {clubs.length === 0 ? (
        <p>{t("clubs.mine.none")}</p>
      ) : (
        clubs.map((club) => <MyClubCard key={club.org.id} club={club} />)
      )}
      {joinable.length ? (
        <Card title={t("clubs.mine.requestTitle")}>
          <p>{t("clubs.mine.requestText")}</p>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="request" />
            <SelectField
              label={t("clubs.mine.orgLabel")}
              name="orgId"
              defaultValue={state.values.orgId ?? ""}
              error={state.errors.orgId}
            >
              <option value="">{t("clubs.mine.orgChoose")}</option>
              {joinable.map((org) => (
                <option key={org.id} value={org.id}>
                  {org.name} ({org.town})
                </option>
              ))}
            </SelectField>
            <Button>{t("clubs.mine.requestSubmit")}</Button>
          </Form>
        </Card>
      ) : null}
    </div>
  );
}
