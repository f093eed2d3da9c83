import { keyFromData } from "~/i18n/translate";
import { Form, useSearchParams } from "@remix-run/react";
import { useId } from "react";
import type { MdxProblem } from "~/modules/courses/mdx-guard";
import type { ModuleValues } from "~/modules/courses/local-module-form";
import { Button } from "../ui/button";
import { Alert, Card } from "../ui/card";
import { ErrorSummary, fieldAnchor } from "../forms";
import { Field } from "../ui/field";
import { useT } from "../use-t";
import { MdxContent } from "./mdx-content";

export type EditorState = {
  values: ModuleValues;
  errors: Record<string, string>;
  problems: Record<string, MdxProblem[]>;
  preview: { index: number; title: string; module: string } | null;
  revision: number;
};

const EXAMPLE = `## Een kopje

Gewone tekst met **vet** en een [link](https://www.voorbeeld.nl).

<Kader soort="tip" titel="Goed om te weten">
Tekst in een kader.
</Kader>

<Reflectie id="eigen-club" vraag="Wat zie jij bij jouw club?" />

<Kennischeck id="check-1" vraag="Wie bel je eerst?">
<Optie feedback="Dat kan later.">De politie</Optie>
<Optie juist feedback="Goed zo!">De vertrouwenscontactpersoon</Optie>
</Kennischeck>

<Praktijkcasus thema="samenwerking" vraag="Wat zou jij doen?">
Beschrijf een situatie uit je eigen club.
</Praktijkcasus>`;

/** The local-module editor: one form that works without JavaScript, with a server-rendered preview. */
export function ModuleEditor({
  heading,
  state,
  status,
}: {
  heading: string;
  state: EditorState;
  status: { label: string; number: number } | null;
}) {
  const t = useT();
  const [params] = useSearchParams();
  const { values, errors, problems, preview } = state;
  const hasProblems = Object.keys(errors).length > 0 || Object.keys(problems).length > 0;
  return (
    <div className="stack">
      <h1>{heading}</h1>
      {params.get("concept") ? (
        <Alert tone="success">
          {t("course.editor.draftSaved", { n: params.get("concept") ?? "" })}
        </Alert>
      ) : null}
      {params.get("gepubliceerd") ? (
        <Alert tone="success">
          {t("course.editor.publishedSaved", { n: params.get("gepubliceerd") ?? "" })}
        </Alert>
      ) : null}
      {params.get("gekopieerd") ? <Alert tone="success">{t("course.modules.copied")}</Alert> : null}
      {hasProblems ? (
        <ErrorSummary
          data={{
            formError: { key: "course.editor.notSaved" },
            errors: {
              ...Object.fromEntries(
                Object.keys(problems).map((index) => [
                  `lessons.${index}.body`,
                  "course.editor.lessonHasProblems",
                ]),
              ),
              ...errors,
            },
          }}
          labels={Object.fromEntries(
            values.lessons.flatMap((_, index) =>
              ["title", "minutes", "body"].map((field) => [
                `lessons.${index}.${field}`,
                t(
                  `course.editor.lesson${field === "title" ? "Title" : field === "minutes" ? "Minutes" : "Body"}`,
                  { n: index + 1 },
                ),
              ]),
            ),
          )}
        />
      ) : null}
      {status ? (
        <p className="muted">
          {t("course.editor.statusLine", { status: status.label, n: status.number })}
        </p>
      ) : null}
      <p>{t("course.editor.intro")}</p>
      <details className="card">
        <summary>{t("course.editor.help")}</summary>
        <pre className="code-box">{EXAMPLE}</pre>
      </details>
      <Form method="post" noValidate key={state.revision} className="stack module-editor">
        <Field
          label={t("course.editor.title")}
          name="title"
          defaultValue={values.title}
          error={errors.title}
        />
        <TextArea
          label={t("course.editor.goals")}
          hint={t("course.editor.goalsHint")}
          name="goals"
          defaultValue={values.goals}
          rows={4}
          error={errors.goals}
        />
        <Field
          label={t("course.editor.region")}
          hint={t("course.editor.regionHint")}
          name="region"
          defaultValue={values.region}
          error={errors.region}
        />
        {errors.lessons ? <p className="field-error">{t(keyFromData(errors.lessons))}</p> : null}
        {values.lessons.map((lesson, index) => (
          <fieldset key={index} className="card lesson-fields">
            <legend>{t("course.editor.lessonN", { n: index + 1 })}</legend>
            <input type="hidden" name={`lessons.${index}.slug`} value={lesson.slug} />
            <Field
              label={t("course.editor.lessonTitle", { n: index + 1 })}
              name={`lessons.${index}.title`}
              defaultValue={lesson.title}
              error={errors[`lessons.${index}.title`]}
            />
            <Field
              label={t("course.editor.lessonMinutes", { n: index + 1 })}
              name={`lessons.${index}.minutes`}
              type="number"
              inputMode="numeric"
              min={1}
              max={240}
              defaultValue={lesson.minutes}
              error={errors[`lessons.${index}.minutes`]}
            />
            <TextArea
              label={t("course.editor.lessonBody", { n: index + 1 })}
              hint={t("course.editor.lessonBodyHint")}
              name={`lessons.${index}.body`}
              defaultValue={lesson.body}
              rows={14}
              error={errors[`lessons.${index}.body`]}
              problems={problems[index]}
              problemsTitle={t("course.editor.problemsTitle", { n: index + 1 })}
            />
            <div className="actions">
              <Button name="intent" value={`preview:${index}`} variant="secondary">
                {t("course.editor.preview", { n: index + 1 })}
              </Button>
              <Button name="intent" value={`remove-lesson:${index}`} variant="link">
                {t("course.editor.removeLesson", { n: index + 1 })}
              </Button>
            </div>
          </fieldset>
        ))}
        <div className="actions">
          <Button name="intent" value="add-lesson" variant="secondary">
            {t("course.editor.addLesson")}
          </Button>
        </div>
        <div className="actions">
          <Button name="intent" value="draft" variant="secondary">
            {t("course.editor.draft")}
          </Button>
          <Button name="intent" value="publish">
            {t("course.editor.publish")}
          </Button>
        </div>
      </Form>
      {preview ? (
        <Card
          title={t("course.editor.previewTitle", {
            title: preview.title || t("course.editor.lessonN", { n: preview.index + 1 }),
          })}
        >
          <p className="muted">{t("course.editor.previewIntro")}</p>
          <div className="preview" id="voorbeeld">
            <MdxContent module={preview.module} context={{ mode: "preview" }} />
          </div>
        </Card>
      ) : null}
    </div>
  );
}

function TextArea({
  label,
  hint,
  name,
  defaultValue,
  rows,
  error,
  problems,
  problemsTitle,
}: {
  label: string;
  hint?: string;
  name: string;
  defaultValue: string;
  rows: number;
  error?: string;
  problems?: MdxProblem[];
  problemsTitle?: string;
}) {
  const t = useT();
  const generated = useId();
  const invalid = Boolean(error) || Boolean(problems?.length);
  const id = invalid ? fieldAnchor(name) : generated;
  const describedBy =
    [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={name.endsWith(".body") ? "mdx-source" : undefined}
      />
      {invalid ? (
        <div id={`${id}-error`} className="field-error">
          {error ? <p>{t(keyFromData(error))}</p> : null}
          {problems?.length ? (
            <>
              <p>{problemsTitle}</p>
              <ul>
                {problems.map((problem, index) => (
                  <li key={index}>{t(`mdx.${problem.code}`, problemParams(problem))}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** "Reflectie.id" reads as code; the messages name the component and the property apart. */
function problemParams(problem: { line: number; detail?: string | null }) {
  const detail = problem.detail ?? "";
  const [component, prop] = detail.includes(".") ? detail.split(".", 2) : ["", detail];
  return { line: problem.line, detail, component, prop };
}
