import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ArchivedNotice } from "~/components/cohorts/archived-notice";
import { HalfView, type Half } from "~/components/cohorts/tandem-half";
import { ErrorSummary, fieldAnchor } from "~/components/forms";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { RadioGroup, SelectField } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { keyFromData } from "~/i18n/translate";
import { forbidden, notFound } from "~/modules/auth/guards.server";
import { isStaffRole, refuseChangesTo, requireCohortMember } from "~/modules/cohorts/access.server";
import {
  TANDEM_TEXT_MAX,
  TandemChooseForm,
  TandemHalfForm,
  TandemPairForm,
  formTandem,
  getTandemPage,
  removeTandem,
  writeTandemHalf,
  type PairResult,
} from "~/modules/cohorts/tandem.server";

/** The tandem assignment: the own pair and report for a participant; every pair, who waits and who is unpaired for staff (decision 025). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortMember(request, params.cohortId);
  const page = await getTandemPage({
    cohortId: access.cohortId,
    userId: access.user.id,
    isStaff: isStaffRole(access.role),
  });
  if (!page.cohortName) notFound();
  return json({ cohortId: access.cohortId, archived: access.archived, ...page });
}

type ActionData = {
  form: "half" | "pair" | "choose";
  errors: Record<string, string>;
  values: Record<string, string>;
  formError?: { key: string };
};

const fieldErrors = (issues: { path: (string | number)[]; message: string }[]) =>
  Object.fromEntries(issues.map((issue) => [String(issue.path[0]), issue.message]));
const pairError: Record<Exclude<PairResult, "ok">, string> = {
  "not-member": "cohorts.tandem.errors.notMember",
  "same-world": "cohorts.tandem.errors.sameWorld",
  taken: "cohorts.tandem.errors.taken",
};

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCohortMember(request, params.cohortId);
  const { cohortId } = access;
  const form = Object.fromEntries(await request.formData());
  const values = Object.fromEntries(
    Object.entries(form).map(([key, value]) => [key, String(value)]),
  );
  const isStaff = isStaffRole(access.role);
  const back = (done: string) => redirect(`/groepen/${cohortId}/tandem?gedaan=${done}`);
  refuseChangesTo(access);
  switch (form.intent) {
    case "half": {
      const parsed = TandemHalfForm.safeParse(form);
      if (!parsed.success)
        return json<ActionData>(
          { form: "half", values, errors: fieldErrors(parsed.error.issues) },
          400,
        );
      if (!(await writeTandemHalf({ cohortId, userId: access.user.id, ...parsed.data })))
        return json<ActionData>(
          {
            form: "half",
            values,
            errors: {},
            formError: { key: "cohorts.tandem.errors.noTandem" },
          },
          409,
        );
      return back("verslag");
    }
    case "choose": {
      if (access.role !== "PARTICIPANT") forbidden();
      const parsed = TandemChooseForm.safeParse(form);
      if (!parsed.success)
        return json<ActionData>(
          { form: "choose", values, errors: fieldErrors(parsed.error.issues) },
          400,
        );
      const result = await formTandem({
        cohortId,
        firstId: access.user.id,
        secondId: parsed.data.partnerId,
      });
      if (result !== "ok")
        return json<ActionData>(
          { form: "choose", values, errors: { partnerId: pairError[result] } },
          400,
        );
      return back("gekozen");
    }
    case "pair": {
      if (!isStaff) forbidden();
      const parsed = TandemPairForm.safeParse(form);
      if (!parsed.success)
        return json<ActionData>(
          { form: "pair", values, errors: fieldErrors(parsed.error.issues) },
          400,
        );
      const result = await formTandem({
        cohortId,
        firstId: parsed.data.sportUserId,
        secondId: parsed.data.socialUserId,
      });
      if (result !== "ok")
        return json<ActionData>(
          { form: "pair", values, errors: { sportUserId: pairError[result] } },
          400,
        );
      return back("gekoppeld");
    }
    case "unpair": {
      if (!isStaff) forbidden();
      await removeTandem({ cohortId, tandemId: String(form.tandemId ?? "") });
      return back("ontkoppeld");
    }
    default:
      throw new Response("Bad Request", { status: 400 });
  }
}

function Text({
  name,
  label,
  hint,
  value,
  error,
}: {
  name: string;
  label: string;
  hint: string;
  value: string;
  error?: string;
}) {
  const t = useT();
  const id = fieldAnchor(name);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <textarea
        id={id}
        name={name}
        rows={5}
        maxLength={TANDEM_TEXT_MAX + 50}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {t(keyFromData(error))}
        </p>
      ) : null}
    </div>
  );
}

export default function TandemPage() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>() as ActionData | undefined;
  const [params] = useSearchParams();
  const done = params.get("gedaan");
  const errorsOf = (form: ActionData["form"]) => (failed?.form === form ? failed.errors : {});
  const valuesOf = (form: ActionData["form"]) => (failed?.form === form ? failed.values : {});
  const { own, setting, staff, archived } = data;
  const mine = own ? (own.side === "sport" ? own.sportHalf : own.socialHalf) : null;
  const partner = own ? (own.side === "sport" ? own.social : own.sport) : null;
  const theirs = own ? (own.side === "sport" ? own.socialHalf : own.sportHalf) : null;
  const state = (pair: {
    sport: { name: string };
    social: { name: string };
    sportHalf: Half;
    socialHalf: Half;
  }) =>
    pair.sportHalf && pair.socialHalf
      ? t("cohorts.tandem.stateDone")
      : !pair.sportHalf && !pair.socialHalf
        ? t("cohorts.tandem.stateBoth")
        : t("cohorts.tandem.stateWaiting", {
            name: pair.sportHalf ? pair.social.name : pair.sport.name,
          });
  return (
    <div className="stack">
      <p>
        <Link to={`/groepen/${data.cohortId}`}>{data.cohortName}</Link>
      </p>
      <h1>{t("cohorts.tandem.title")}</h1>
      <ErrorSummary data={failed} />
      <ArchivedNotice archived={archived} />
      <p>{t("cohorts.tandem.intro")}</p>
      {!setting.on ? (
        <p className="muted">{t("cohorts.tandem.off")}</p>
      ) : !setting.mixed ? (
        <p className="muted">{t("cohorts.tandem.oneSector")}</p>
      ) : (
        <p className="muted">{t("cohorts.tandem.counts")}</p>
      )}
      {done === "verslag" ? <Alert tone="success">{t("cohorts.tandem.savedHalf")}</Alert> : null}
      {done === "gekozen" || done === "gekoppeld" ? (
        <Alert tone="success">{t("cohorts.tandem.paired")}</Alert>
      ) : null}
      {done === "ontkoppeld" ? <Alert tone="success">{t("cohorts.tandem.unpaired")}</Alert> : null}

      {own && partner ? (
        <Card title={t("cohorts.tandem.ownTitle")}>
          <p>
            {t("cohorts.tandem.partner", {
              name: partner.name,
              domain: t(keyFromData(`common.domain.${partner.domain ?? "ANDERS"}`)),
            })}
          </p>
          <p>
            <strong>{state(own)}</strong>
          </p>
          <HalfView name={partner.name} half={theirs} />
          {archived ? (
            <HalfView name={own.side === "sport" ? own.sport.name : own.social.name} half={mine} />
          ) : (
            <Form method="post" noValidate className="stack">
              <input type="hidden" name="intent" value="half" />
              <h3>{t("cohorts.tandem.ownHalf")}</h3>
              <Text
                name="saw"
                label={t("cohorts.tandem.saw")}
                hint={t("cohorts.tandem.sawHint", { name: partner.name })}
                value={valuesOf("half").saw ?? mine?.saw ?? ""}
                error={errorsOf("half").saw}
              />
              <Text
                name="takes"
                label={t("cohorts.tandem.takes")}
                hint={t("cohorts.tandem.takesHint")}
                value={valuesOf("half").takes ?? mine?.takes ?? ""}
                error={errorsOf("half").takes}
              />
              <Button>{mine ? t("cohorts.tandem.saveAgain") : t("cohorts.tandem.save")}</Button>
            </Form>
          )}
        </Card>
      ) : data.mySide && !archived ? (
        <Card title={t("cohorts.tandem.chooseTitle")}>
          {data.candidates.length === 0 ? (
            <p>{t("cohorts.tandem.noCandidates")}</p>
          ) : (
            <Form method="post" noValidate className="stack">
              <input type="hidden" name="intent" value="choose" />
              <RadioGroup
                legend={t("cohorts.tandem.chooseLegend")}
                name="partnerId"
                options={data.candidates.map((person) => ({
                  value: person.id,
                  label: `${person.name} (${t(keyFromData(`common.domain.${person.domain ?? "ANDERS"}`))})`,
                }))}
                value={valuesOf("choose").partnerId}
                error={errorsOf("choose").partnerId}
              />
              <Button>{t("cohorts.tandem.choose")}</Button>
            </Form>
          )}
        </Card>
      ) : null}

      {staff ? (
        <Card title={t("cohorts.tandem.staffTitle")}>
          {staff.pairs.length === 0 ? (
            <p>{t("cohorts.tandem.noPairs")}</p>
          ) : (
            <ul className="stack" aria-label={t("cohorts.tandem.pairsLabel")}>
              {staff.pairs.map((pair) => (
                <li key={pair.id}>
                  <strong>
                    {t("cohorts.tandem.pairLine", {
                      sport: pair.sport.name,
                      social: pair.social.name,
                    })}
                  </strong>{" "}
                  · {state(pair)}
                  <details>
                    <summary>{t("cohorts.tandem.readReport")}</summary>
                    <HalfView name={pair.sport.name} half={pair.sportHalf} />
                    <HalfView name={pair.social.name} half={pair.socialHalf} />
                  </details>
                  {archived ? null : (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="unpair" />
                      <input type="hidden" name="tandemId" value={pair.id} />
                      <Button
                        variant="secondary"
                        aria-label={t("cohorts.tandem.unpairLabel", {
                          sport: pair.sport.name,
                          social: pair.social.name,
                        })}
                      >
                        {t("cohorts.tandem.unpair")}
                      </Button>
                    </Form>
                  )}
                </li>
              ))}
            </ul>
          )}
          <h3>{t("cohorts.tandem.unpairedTitle")}</h3>
          <p>
            {t("cohorts.tandem.unpairedSport", {
              count: staff.unpairedSport.length,
              names: staff.unpairedSport.map((person) => person.name).join(", "),
            })}
          </p>
          <p>
            {t("cohorts.tandem.unpairedSocial", {
              count: staff.unpairedSocial.length,
              names: staff.unpairedSocial.map((person) => person.name).join(", "),
            })}
          </p>
          {staff.unpairedOther.length ? (
            <p className="muted">
              {t("cohorts.tandem.unpairedOther", {
                names: staff.unpairedOther.map((person) => person.name).join(", "),
              })}
            </p>
          ) : null}
          {staff.unpairedSport.length && staff.unpairedSocial.length && !archived ? (
            <Form method="post" noValidate className="stack">
              <input type="hidden" name="intent" value="pair" />
              <h3>{t("cohorts.tandem.pairTitle")}</h3>
              <SelectField
                label={t("cohorts.tandem.pairSport")}
                name="sportUserId"
                defaultValue={valuesOf("pair").sportUserId ?? ""}
                error={errorsOf("pair").sportUserId}
              >
                <option value="">{t("cohorts.tandem.pick")}</option>
                {staff.unpairedSport.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label={t("cohorts.tandem.pairSocial")}
                name="socialUserId"
                defaultValue={valuesOf("pair").socialUserId ?? ""}
                error={errorsOf("pair").socialUserId}
              >
                <option value="">{t("cohorts.tandem.pick")}</option>
                {staff.unpairedSocial.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </SelectField>
              <Button>{t("cohorts.tandem.pairSubmit")}</Button>
            </Form>
          ) : null}
          <p>
            <Link to={`/groepen/${data.cohortId}/cursus/indeling#twee-werelden`}>
              {t("cohorts.tandem.switchLink")}
            </Link>
          </p>
        </Card>
      ) : null}
    </div>
  );
}
