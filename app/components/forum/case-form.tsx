import { keyFromData } from "~/i18n/translate";
import type { SerializeFrom } from "@remix-run/node";
import { Form, Link } from "@remix-run/react";
import type { FieldFinding } from "~/modules/forum/privacy-check";
import type { loadNewCase } from "~/http/forum/new-case-route.server";
import { THEMES } from "~/modules/forum/themes";
import { ArchivedNotice } from "../cohorts/archived-notice";
import { FormError } from "../forms";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { Field } from "../ui/field";
import { useT } from "../use-t";
import { LivePrivacyHint } from "./live-privacy-hint";
import { PrivacyFindings } from "./privacy-findings";
import { TextArea } from "./text-area";

/** What a forum action sends back when a form did not pass. */
export type ForumActionData = {
  intent: string;
  target: string | null;
  errors: Record<string, string>;
  values: Record<string, string>;
  findings: FieldFinding[];
  formError: { key: string } | null;
  done?: string | null;
};

/** Title, situation, what I did and my question: shared by the new-case and the edit form. */
export function CaseTextFields({
  values,
  errors,
}: {
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const t = useT();
  return (
    <>
      <Field
        label={t("forum.form.title")}
        name="title"
        hint={t("forum.form.titleHint")}
        defaultValue={values.title}
        error={errors.title}
        maxLength={120}
      />
      <TextArea
        label={t("forum.form.situation")}
        name="situation"
        hint={t("forum.form.situationHint")}
        defaultValue={values.situation}
        error={errors.situation}
        rows={6}
      />
      <TextArea
        label={t("forum.form.whatIDid")}
        name="whatIDid"
        defaultValue={values.whatIDid}
        error={errors.whatIDid}
        rows={4}
      />
      <TextArea
        label={t("forum.form.question")}
        name="question"
        defaultValue={values.question}
        error={errors.question}
        rows={3}
      />
      <LivePrivacyHint fields={["title", "situation", "whatIDid", "question"]} />
    </>
  );
}

/** The new-case form. */
export function NewCasePage({
  data,
  actionData,
}: {
  data: SerializeFrom<typeof loadNewCase>;
  actionData: ForumActionData | undefined;
}) {
  const t = useT();
  const submitted = actionData?.values;
  const values: Record<string, string> = submitted ?? {
    situation: data.prefill.situation,
    moduleKey: data.prefill.moduleKey,
    reflectionId: data.prefill.reflectionId,
    place: data.prefill.place,
  };
  const errors = actionData?.errors ?? {};
  const themes = submitted ? (submitted.themes ?? "").split(",") : data.prefill.themes;
  const place = values.place === "cursus" ? "cursus" : "groep";
  // An archived cohort takes no new cases: say so instead of a form that would be refused.
  if (data.archived)
    return (
      <div className="stack narrow-wide">
        <h1>{t("forum.newCase")}</h1>
        <p className="muted">{t("forum.cohortSpaceOf", { name: data.cohortName })}</p>
        <ArchivedNotice archived />
        <p>
          <Link to={`/groepen/${data.cohortId}/casussen`}>{t("forum.spaceTitle")}</Link>
        </p>
      </div>
    );
  return (
    <div className="stack narrow-wide">
      <h1>{t("forum.newCase")}</h1>
      <p className="muted">{t("forum.cohortSpaceOf", { name: data.cohortName })}</p>
      {data.prefill.reflectionId && !submitted ? (
        <Alert tone="info">{t("forum.form.fromReflection")}</Alert>
      ) : null}
      {/* Field errors, or the privacy guard's findings further down: either way the summary at the top takes the focus. */}
      <FormError
        data={
          actionData && Object.keys(actionData.errors).length
            ? actionData
            : actionData?.findings.length
              ? { errors: {}, formError: { key: "forum.privacy.summary" } }
              : undefined
        }
      />
      <Form method="post" noValidate className="card">
        <input type="hidden" name="moduleKey" value={values.moduleKey ?? ""} />
        <input type="hidden" name="reflectionId" value={values.reflectionId ?? ""} />
        <CaseTextFields values={values} errors={errors} />
        <fieldset className="field" aria-describedby={errors.themes ? "themes-error" : undefined}>
          <legend>{t("forum.form.themes")}</legend>
          <div className="forum-theme-grid">
            {THEMES.map((theme) => (
              <label key={theme} className="checkbox">
                <input
                  type="checkbox"
                  name="themes"
                  value={theme}
                  defaultChecked={themes.includes(theme)}
                />
                <span>{t(`forum.theme.${theme}`)}</span>
              </label>
            ))}
          </div>
          {errors.themes ? (
            <p id="themes-error" className="field-error">
              {t(keyFromData(errors.themes))}
            </p>
          ) : null}
        </fieldset>
        <fieldset className="field">
          <legend>{t("forum.form.placeLegend")}</legend>
          <label className="radio">
            <input type="radio" name="place" value="groep" defaultChecked={place === "groep"} />
            <span>{t("forum.form.placeCohort", { name: data.cohortName })}</span>
          </label>
          <label className="radio">
            <input type="radio" name="place" value="cursus" defaultChecked={place === "cursus"} />
            <span>{t("forum.form.placeCourse")}</span>
          </label>
        </fieldset>
        <label className="checkbox field">
          <input
            type="checkbox"
            name="pseudonymous"
            defaultChecked={values.pseudonymous === "on"}
          />
          <span>{t("forum.form.pseudonymous")}</span>
        </label>
        <PrivacyFindings findings={actionData?.findings ?? []} />
        <Button>{t("forum.form.submit")}</Button>
      </Form>
    </div>
  );
}
