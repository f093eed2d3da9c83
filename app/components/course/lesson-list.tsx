import { Link } from "@remix-run/react";
import { useT } from "../use-t";

export type LessonListItem = {
  slug: string;
  title: string;
  minutes: number;
  done: boolean;
  isNew?: boolean;
};

/** The lessons of a module in order, each with its time or "klaar". */
export function LessonList({
  moduleUrl,
  lessons,
}: {
  moduleUrl: string;
  lessons: LessonListItem[];
}) {
  const t = useT();
  return (
    <ol className="lesson-list">
      {lessons.map((lesson) => (
        <li key={lesson.slug}>
          <Link to={`${moduleUrl}/${lesson.slug}`}>{lesson.title}</Link>{" "}
          {lesson.isNew && !lesson.done ? (
            <>
              <strong className="badge">{t("course.lesson.new")}</strong>{" "}
            </>
          ) : null}
          <span className={lesson.done ? "status-done" : "muted"}>
            (
            {lesson.done
              ? t("course.lesson.done")
              : t("course.minutes", { minutes: lesson.minutes })}
            )
          </span>
        </li>
      ))}
    </ol>
  );
}
