import { keyFromData } from "~/i18n/translate";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { ErrorSummary, useFormState } from "~/components/forms";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CheckboxGroup } from "~/components/cohorts/checkbox-group";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { Field, SelectField } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { notFound } from "~/modules/auth/guards.server";
import { refuseChangesTo, requireCohortStaff } from "~/modules/cohorts/access.server";
import { reevaluateCompletion } from "~/modules/certificates/reevaluate-completion.server";
import {
  addCoFacilitator,
  getCohortSettings,
  moveParticipant,
  removeCoFacilitator,
  setArchived,
  updateCohortSettings,
} from "~/modules/cohorts/manage-cohort.server";
import {
  AddCoFacilitatorSchema,
  MoveParticipantSchema,
  PersonIdSchema,
} from "~/modules/cohorts/manage-schemas.server";
import { CohortSettingsSchema } from "~/modules/cohorts/schemas.server";
import { pageTitle } from "~/components/page-title";
import { parseForm } from "~/utils/forms.server";
import { appOrigin } from "~/utils/origin.server";
import { invalid } from "~/utils/respond.server";
import { ConfirmAction } from "~/components/ui/confirm-action";
import { PersonAction } from "~/components/ui/person-action";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "season.titles.settings", data?.settings.name);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortStaff(request, params.cohortId);
  const settings = await getCohortSettings({
    cohortId: access.cohortId,
    viewerId: access.user.id,
    viewerIsAdmin: access.user.role === "ADMIN",
  });
  if (!settings) notFound();
  return json({ settings });
}

const INTENTS = ["settings", "add-co", "remove-co", "move", "archive", "restore"] as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCohortStaff(request, params.cohortId);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  if (!INTENTS.includes(intent as (typeof INTENTS)[number]))
    return invalid({ formError: { key: "errors.invalid" } });
  const cohortId = access.cohortId;
  const base = `/groepen/${cohortId}/instellingen`;
  const settings = await getCohortSettings({
    cohortId,
    viewerId: access.user.id,
    viewerIsAdmin: access.user.role === "ADMIN",
  });
  if (!settings) notFound();
  // Taking the cohort out of the archive is the one change an archived cohort accepts.
  if (intent !== "restore") refuseChangesTo(access);
  const fail = (errors: Record<string, string>, values: Record<string, string> = {}) => {
    const { form: formKey, ...fields } = errors;
    return json(
      {
        intent,
        errors: fields,
        values,
        formError: { key: formKey ?? "errors.formHasErrors" },
        done: null,
      },
      400,
    );
  };
  switch (intent) {
    case "settings": {
      const orgIds = form
        .getAll("orgIds")
        .filter((value): value is string => typeof value === "string")
        .slice(0, 20);
      const parsed = parseForm(form, CohortSettingsSchema);
      if (!parsed.ok) return fail(parsed.errors, parsed.values);
      const origin = appOrigin(request);
      const result = await updateCohortSettings({
        cohortId,
        input: { ...parsed.data, orgIds },
        reevaluate: () => reevaluateCompletion({ cohortId, origin }),
      });
      if (!result.ok)
        return fail(
          result.errors,
          Object.fromEntries(
            [...form.entries()].filter(([, value]) => typeof value === "string"),
          ) as Record<string, string>,
        );
      return redirect(
        `${base}?opgeslagen=1${result.rulesChanged ? `&uitgereikt=${result.issued}&nietmeer=${result.noLongerMeeting}` : ""}`,
      );
    }
    case "add-co": {
      const parsed = parseForm(form, AddCoFacilitatorSchema);
      if (!parsed.ok) return fail(parsed.errors, parsed.values);
      const result = await addCoFacilitator({ cohortId, email: parsed.data.email });
      if (!result.ok) return fail(result.errors, { email: parsed.data.email });
      return redirect(`${base}?toegevoegd=${encodeURIComponent(result.name)}`);
    }
    case "remove-co": {
      const parsed = parseForm(form, PersonIdSchema);
      if (!parsed.ok) return fail(parsed.errors);
      const result = await removeCoFacilitator({ cohortId, userId: parsed.data.userId });
      if (!result.ok) return fail(result.errors);
      return redirect(`${base}?verwijderd=${encodeURIComponent(result.name)}`);
    }
    case "move": {
      const parsed = parseForm(form, MoveParticipantSchema);
      if (!parsed.ok) return fail(parsed.errors, parsed.values);
      const result = await moveParticipant({
        cohortId,
        ...parsed.data,
        moverId: access.user.id,
        moverIsAdmin: access.user.role === "ADMIN",
        origin: appOrigin(request),
      });
      if (!result.ok) return fail(result.errors, parsed.data);
      return redirect(
        `${base}?verplaatst=${encodeURIComponent(result.name)}&naar=${encodeURIComponent(result.target)}`,
      );
    }
    default: {
      const result = await setArchived({ cohortId, archived: intent === "archive" });
      if (!result.ok) return fail(result.errors);
      return redirect(`${base}?${intent === "archive" ? "gearchiveerd" : "hersteld"}=1`);
    }
  }
}

export default function CohortSettingsPage() {
  const t = useT();
  const { settings } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const intent = data && "intent" in data ? data.intent : null;
  const submitted = useFormState(data);
  const state = (name: string) =>
    intent === name
      ? submitted
      : { errors: {} as Record<string, string>, values: {} as Record<string, string> };
  const main = state("settings");
  const co = state("add-co");
  const move = state("move");
  const removeCo = state("remove-co");
  const values = { ...settings, ...main.values };
  const readOnly = settings.archived;
  return (
    <div className="stack narrow">
      <p>
        <Link to={`/groepen/${settings.id}`}>{settings.name}</Link>
      </p>
      <h1>{t("season.settings.title")}</h1>
      <ErrorSummary data={data} />
      {readOnly ? <Alert tone="info">{t("season.settings.archivedNotice")}</Alert> : null}
      {params.get("opgeslagen") ? <Alert tone="success">{t("season.settings.saved")}</Alert> : null}
      {params.get("uitgereikt") && Number(params.get("uitgereikt")) > 0 ? (
        <Alert tone="success">
          {t("season.settings.issued", { count: Number(params.get("uitgereikt")) })}
        </Alert>
      ) : null}
      {params.get("nietmeer") && Number(params.get("nietmeer")) > 0 ? (
        <Alert tone="warning">
          {t("season.settings.noLongerMeeting", { count: Number(params.get("nietmeer")) })}{" "}
          <Link to={`/groepen/${settings.id}/certificaten`}>
            {t("season.settings.toCertificates")}
          </Link>
        </Alert>
      ) : null}
      {params.get("toegevoegd") ? (
        <Alert tone="success">
          {t("season.settings.coAdded", { name: params.get("toegevoegd") ?? "" })}
        </Alert>
      ) : null}
      {params.get("verwijderd") ? (
        <Alert tone="success">
          {t("season.settings.coRemoved", { name: params.get("verwijderd") ?? "" })}
        </Alert>
      ) : null}
      {params.get("verplaatst") ? (
        <Alert tone="success">
          {t("season.settings.moved", {
            name: params.get("verplaatst") ?? "",
            cohort: params.get("naar") ?? "",
          })}
        </Alert>
      ) : null}
      {params.get("gearchiveerd") ? (
        <Alert tone="success">{t("season.settings.archivedDone")}</Alert>
      ) : null}
      {params.get("hersteld") ? (
        <Alert tone="success">{t("season.settings.restoredDone")}</Alert>
      ) : null}

      <Card title={t("season.settings.basicsTitle")}>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="settings" />
          <fieldset disabled={readOnly} className="plain-fieldset">
            <Field
              label={t("cohorts.new.name")}
              name="name"
              required
              defaultValue={String(values.name ?? "")}
              error={main.errors.name}
            />
            <Field
              label={t("cohorts.new.place")}
              name="place"
              required
              defaultValue={String(values.place ?? "")}
              error={main.errors.place}
            />
            <CheckboxGroup
              legend={t("cohorts.new.organisations")}
              name="orgIds"
              checked={settings.orgIds}
              options={settings.organisations.map((org) => ({
                value: org.id,
                label: `${org.name} (${t(`common.orgType.${org.type}`)}, ${org.town})`,
              }))}
            />
            <Field
              label={t("cohorts.new.startsOn")}
              name="startsOn"
              type="date"
              required
              defaultValue={String(values.startsOn ?? "")}
              error={main.errors.startsOn}
            />
            <Field
              label={t("cohorts.new.endsOn")}
              name="endsOn"
              type="date"
              required
              defaultValue={String(values.endsOn ?? "")}
              error={main.errors.endsOn}
            />
            <Field
              label={t("cohorts.new.capacity")}
              name="capacity"
              type="number"
              inputMode="numeric"
              min={2}
              max={200}
              hint={t("cohorts.new.capacityHint")}
              defaultValue={String(values.capacity ?? "")}
              error={main.errors.capacity}
            />
            <h3>{t("cohorts.new.rulesTitle")}</h3>
            <p className="field-hint">{t("season.settings.rulesHint")}</p>
            <Field
              label={t("cohorts.new.minEvenings")}
              name="minEvenings"
              type="number"
              inputMode="numeric"
              min={0}
              max={30}
              defaultValue={String(values.minEvenings ?? "0")}
              error={main.errors.minEvenings}
            />
            <label className="checkbox field">
              <input
                type="checkbox"
                name="requireEvaluation"
                defaultChecked={
                  intent === "settings"
                    ? main.values.requireEvaluation === "on"
                    : settings.requireEvaluation
                }
              />
              <span>{t("cohorts.new.requireEvaluation")}</span>
            </label>
            <Button>{t("season.settings.save")}</Button>
          </fieldset>
        </Form>
      </Card>

      <Card title={t("season.settings.staffTitle")}>
        {removeCo.errors.userId ? (
          <p className="field-error">{t(keyFromData(removeCo.errors.userId))}</p>
        ) : null}
        <ul className="people-list">
          {settings.staff.map((person) => (
            <li key={person.id}>
              <span>
                {person.name} · {t(`cohorts.role.${person.role}`)}
              </span>
              {person.role === "CO_FACILITATOR" && !readOnly ? (
                <ConfirmAction
                  label={t("season.settings.removeCo")}
                  accessibleLabel={t("season.settings.removeCoLabel", { name: person.name })}
                  question={t("season.settings.removeCoQuestion", { name: person.name })}
                >
                  <PersonAction intent="remove-co" userId={person.id} variant="danger">
                    {t("season.settings.removeCoConfirm")}
                  </PersonAction>
                </ConfirmAction>
              ) : null}
            </li>
          ))}
        </ul>
        {!readOnly ? (
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="add-co" />
            <Field
              label={t("season.settings.addCoEmail")}
              name="email"
              type="email"
              autoComplete="off"
              hint={t("season.settings.addCoHint")}
              defaultValue={co.values.email}
              error={co.errors.email}
            />
            <Button variant="secondary">{t("season.settings.addCo")}</Button>
          </Form>
        ) : null}
      </Card>

      {!readOnly ? (
        <Card title={t("season.settings.moveTitle")}>
          <p>{t("season.settings.moveIntro")}</p>
          {settings.participants.length === 0 || settings.targets.length === 0 ? (
            <p>{t("season.settings.moveNone")}</p>
          ) : (
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="move" />
              <SelectField
                label={t("season.settings.movePerson")}
                name="userId"
                defaultValue={move.values.userId ?? ""}
                error={move.errors.userId}
              >
                <option value="">{t("season.settings.choose")}</option>
                {settings.participants.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label={t("season.settings.moveTarget")}
                name="targetCohortId"
                defaultValue={move.values.targetCohortId ?? ""}
                error={move.errors.targetCohortId}
              >
                <option value="">{t("season.settings.choose")}</option>
                {settings.targets.map((cohort) => (
                  <option key={cohort.id} value={cohort.id}>
                    {cohort.name} ({cohort.place})
                  </option>
                ))}
              </SelectField>
              <Button variant="secondary">{t("season.settings.move")}</Button>
            </Form>
          )}
        </Card>
      ) : null}

      <Card title={t("season.settings.archiveTitle")}>
        <p>
          {t(
            settings.archived
              ? "season.settings.restoreIntro"
              : settings.finished
                ? "season.settings.archiveIntro"
                : "season.settings.archiveNotYet",
          )}
        </p>
        {settings.archived || settings.finished ? (
          <Form method="post">
            <input type="hidden" name="intent" value={settings.archived ? "restore" : "archive"} />
            <Button variant="secondary">
              {t(settings.archived ? "season.settings.restore" : "season.settings.archive")}
            </Button>
          </Form>
        ) : null}
      </Card>
    </div>
  );
}
