import { keyFromData } from "~/i18n/translate";
import { Form, useActionData } from "@remix-run/react";
import { Children, isValidElement, useId, type ReactNode } from "react";
import type { AllowedProps } from "~/modules/courses/allowed-components";
import { Button } from "../ui/button";
import { useT } from "../use-t";
import { useLesson, type LessonActionError } from "./lesson-context";
import { shuffledOrder } from "./shuffle";

type OptionProps = AllowedProps<"Optie"> & { children?: ReactNode };

/** One answer of a Kennischeck; the Kennischeck renders it. */
export function Optie({ children }: OptionProps) {
  return <>{children}</>;
}

// MDX may wrap options written on consecutive lines in a paragraph; look through it.
function collectOptions(children: ReactNode, found: OptionProps[] = []): OptionProps[] {
  Children.forEach(children, (child) => {
    if (!isValidElement<OptionProps>(child)) return;
    if (child.type === Optie) found.push(child.props);
    else collectOptions(child.props.children, found);
  });
  return found;
}

/**
 * A multiple-choice question. Answering is a plain form post: the server
 * stores the answer and the page then shows the feedback of the chosen option.
 */
export function Kennischeck({
  id,
  vraag,
  children,
}: AllowedProps<"Kennischeck"> & { children?: ReactNode }) {
  const t = useT();
  const lesson = useLesson();
  const headingId = useId();
  const failed = useActionData<LessonActionError>();
  const options = collectOptions(children);
  const anchor = `kennischeck-${id}`;
  const error = failed?.target === anchor ? failed.error : null;

  if (lesson.mode === "preview") {
    return (
      <section className="lesson-block kennischeck" aria-labelledby={headingId}>
        <p className="lesson-block-label">{t("course.kennischeck.label")}</p>
        <p id={headingId} className="lesson-block-question">
          {vraag}
        </p>
        <ul>
          {options.map((option, index) => (
            <li key={index}>
              {option.children}{" "}
              {option.juist ? <strong>({t("course.kennischeck.previewRight")})</strong> : null}
              <br />
              <span className="muted">
                {t("course.kennischeck.previewFeedback", { feedback: option.feedback })}
              </span>
            </li>
          ))}
        </ul>
      </section>
    );
  }

  const chosenIndex = lesson.answers[id];
  // Shown in a per-person order; the value posted is the index as written, so stored answers keep their meaning.
  const order = lesson.shuffleSeed
    ? shuffledOrder(options.length, `${lesson.shuffleSeed}:${id}`)
    : options.map((_, index) => index);
  const chosen = chosenIndex === undefined ? undefined : options[chosenIndex];
  // An archived cohort: the question and the answer given, without a form (answering would be refused).
  const archived = lesson.archived === true;
  return (
    <section className="lesson-block kennischeck" id={anchor}>
      <p className="lesson-block-label">{t("course.kennischeck.label")}</p>
      {archived ? (
        <>
          <p className="lesson-block-question" id={headingId}>
            {vraag}
          </p>
          {chosen ? <p>{chosen.children}</p> : null}
        </>
      ) : (
        <Form method="post" preventScrollReset>
          <input type="hidden" name="intent" value="check" />
          <input type="hidden" name="checkId" value={id} />
          <fieldset
            className="field radio-group"
            aria-describedby={error ? `${headingId}-error` : undefined}
          >
            <legend className="lesson-block-question" id={headingId}>
              {vraag}
            </legend>
            {order.map((index) => (
              <label key={`${index}-${chosenIndex ?? "x"}`} className="radio">
                <input
                  type="radio"
                  name="option"
                  value={index}
                  defaultChecked={chosenIndex === index}
                  required
                />
                <span>{options[index]?.children}</span>
              </label>
            ))}
            {error ? (
              <p id={`${headingId}-error`} className="field-error">
                {t(keyFromData(error))}
              </p>
            ) : null}
          </fieldset>
          <Button variant="secondary">{t("course.kennischeck.submit")}</Button>
        </Form>
      )}
      {chosen ? (
        <div
          className={`alert ${chosen.juist ? "alert-success" : "alert-warning"} check-feedback`}
          role="status"
        >
          <p>
            {verdictUnlessRepeated(
              chosen.juist ? t("course.kennischeck.right") : t("course.kennischeck.wrong"),
              chosen.feedback,
            )}
            {chosen.feedback}
          </p>
          {chosen.juist || archived ? null : <p>{t("course.kennischeck.again")}</p>}
        </div>
      ) : null}
    </section>
  );
}

/** "Niet helemaal." before feedback that itself starts with "Niet helemaal: …" would say it twice; then the feedback speaks alone. */
function verdictUnlessRepeated(verdict: string, feedback: string) {
  const stem = verdict.replace(/[.!:]+$/, "").toLocaleLowerCase("nl");
  if (feedback.toLocaleLowerCase("nl").startsWith(stem)) return null;
  return (
    <>
      <strong>{verdict}</strong>{" "}
    </>
  );
}
