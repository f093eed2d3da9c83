import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { AllowedProps } from "~/modules/courses/allowed-components";
import { useT } from "../use-t";
import { useLesson } from "./lesson-context";

/** A prompt to share a case from one's own practice, linking to the cohort's new-case form. */
export function Praktijkcasus({
  thema,
  vraag,
  children,
}: AllowedProps<"Praktijkcasus"> & { children?: ReactNode }) {
  const t = useT();
  const lesson = useLesson();
  const params =
    lesson.mode === "learn" && !lesson.archived
      ? new URLSearchParams({ thema, module: lesson.moduleKey })
      : null;
  return (
    <section className="lesson-block praktijkcasus">
      <p className="lesson-block-label">
        {t("course.praktijkcasus.label")}{" "}
        <span className="badge">{t(`course.praktijkcasus.theme.${thema}`)}</span>
      </p>
      <p className="lesson-block-question">{vraag}</p>
      {children}
      {lesson.mode === "learn" && params ? (
        <p>
          <Link
            className="btn btn-secondary"
            to={`/groepen/${lesson.cohortId}/casussen/nieuw?${params.toString()}`}
          >
            {t("course.praktijkcasus.share")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
