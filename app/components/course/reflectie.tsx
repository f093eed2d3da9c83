import { keyFromData } from "~/i18n/translate";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { useId, type ReactNode } from "react";
import type { AllowedProps } from "~/modules/courses/allowed-components";
import { Button } from "../ui/button";
import { useT } from "../use-t";
import { useLesson, type LessonActionError } from "./lesson-context";

/** A reflection question with a private answer field (a plain form, so it works without JavaScript). */
export function Reflectie({
  id,
  vraag,
  children,
}: AllowedProps<"Reflectie"> & { children?: ReactNode }) {
  const t = useT();
  const lesson = useLesson();
  const fieldId = useId();
  const [params] = useSearchParams();
  const failed = useActionData<LessonActionError>();
  const error = failed?.target === `reflectie-${id}` ? failed.error : null;
  const saved = lesson.mode === "learn" ? lesson.reflections[id] : undefined;
  if (lesson.mode === "learn" && lesson.archived)
    // An archived cohort: the question and one's own answer, without a form (saving would be refused).
    return (
      <section className="lesson-block reflectie" id={`reflectie-${id}`}>
        <p className="lesson-block-label">{t("course.reflectie.label")}</p>
        <p className="lesson-block-question">{vraag}</p>
        <div className="field-hint">
          {children}
          <p>{t("course.reflectie.private")}</p>
        </div>
        {saved ? <blockquote className="reflectie-saved">{saved}</blockquote> : null}
      </section>
    );
  return (
    <section className="lesson-block reflectie" id={`reflectie-${id}`}>
      <p className="lesson-block-label">{t("course.reflectie.label")}</p>
      <Form method="post" preventScrollReset>
        <input type="hidden" name="intent" value="reflection" />
        <input type="hidden" name="reflectionId" value={id} />
        <div className="field">
          <label htmlFor={fieldId} className="lesson-block-question">
            {vraag}
          </label>
          <div id={`${fieldId}-hint`} className="field-hint">
            {children}
            <p>{t("course.reflectie.private")}</p>
          </div>
          <textarea
            id={fieldId}
            name="text"
            rows={5}
            key={saved ?? ""}
            defaultValue={saved ?? ""}
            disabled={lesson.mode !== "learn"}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${fieldId}-hint${error ? ` ${fieldId}-error` : ""}`}
          />
          {error ? (
            <p id={`${fieldId}-error`} className="field-error">
              {t(keyFromData(error))}
            </p>
          ) : null}
        </div>
        {lesson.mode === "learn" ? (
          <Button variant="secondary">{t("course.reflectie.save")}</Button>
        ) : (
          <p className="muted">{t("course.reflectie.preview")}</p>
        )}
        {lesson.mode === "learn" && params.get("opgeslagen") === id && !error ? (
          <p className="saved-note" role="status">
            {t("course.reflectie.saved")}
          </p>
        ) : null}
      </Form>
      {lesson.mode === "learn" && saved ? (
        <p className="muted">
          {t("course.reflectie.shareIntro")}{" "}
          <Link
            to={`/groepen/${lesson.cohortId}/casussen/nieuw?reflectie=${encodeURIComponent(id)}&module=${encodeURIComponent(lesson.moduleKey)}`}
          >
            {t("course.reflectie.share")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
