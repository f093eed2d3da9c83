import { Link } from "@remix-run/react";
import { Alert, ProgressBar } from "../ui/card";
import { useT } from "../use-t";
import { LessonList, type LessonListItem as Lesson } from "./lesson-list";

export type OverviewModule = {
  key: string;
  kind: "kern" | "lokaal" | "lm";
  title: string;
  minutes: number;
  region: string | null;
  required: boolean;
  progress: { done: number; total: number };
  lessons: Lesson[];
};

/** The modules of a cohort's course in run order, with time and progress. */
export function CourseOverview({
  cohortId,
  courseTitle,
  modules,
  version,
  isStaff,
  newerLocal,
}: {
  cohortId: string;
  courseTitle: string;
  modules: OverviewModule[];
  version: { cohort: string; cohortId: string; current: string; currentId: string };
  isStaff: boolean;
  /** Local modules of the run with a newer published version (staff only). */
  newerLocal: string[];
}) {
  const t = useT();
  const base = `/groepen/${cohortId}/cursus`;
  const newLessons = modules.flatMap((module) =>
    module.lessons.filter((lesson) => lesson.isNew && !lesson.done).map((lesson) => lesson.title),
  );
  return (
    <div className="stack">
      <h1>{t("course.overview.title", { course: courseTitle })}</h1>
      <p>{t("course.overview.intro")}</p>
      {/* Version labels ("Kern 2026.1") mean something to staff only. */}
      {!isStaff ? null : version.cohortId !== version.currentId ? (
        <Alert tone="info">
          {t("course.overview.versionOld", {
            cohort: `${version.cohort} (${version.cohortId})`,
            current: `${version.current} (${version.currentId})`,
          })}
        </Alert>
      ) : (
        <p className="muted">{t("course.overview.version", { label: version.cohort })}</p>
      )}
      {newLessons.length ? (
        <Alert tone="info">
          {t("course.overview.whatsNew", { lessons: newLessons.join(", ") })}
        </Alert>
      ) : null}
      {isStaff && (newerLocal.length || version.cohortId !== version.currentId) ? (
        <Alert tone="info">
          <strong>{t("course.run.updatesTitle")}</strong>:{" "}
          {[
            ...(version.cohortId !== version.currentId ? [t("course.run.versionTitle")] : []),
            ...newerLocal,
          ].join(", ")}
          . <Link to={`${base}/indeling`}>{t("course.overview.linkRun")}</Link>
        </Alert>
      ) : null}
      {isStaff ? (
        <nav aria-label={t("course.overview.staffLinks")}>
          <ul className="actions plain-list">
            <li>
              <Link className="btn btn-secondary" to={`${base}/indeling`}>
                {t("course.overview.linkRun")}
              </Link>
            </li>
            <li>
              <Link className="btn btn-secondary" to={`/groepen/${cohortId}/overzicht`}>
                {t("course.overview.linkProgress")}
              </Link>
            </li>
          </ul>
        </nav>
      ) : null}
      {modules.length === 0 ? <p>{t("course.overview.empty")}</p> : null}
      <ol className="module-list">
        {modules.map((module, index) => {
          const nextLesson = module.lessons.find((lesson) => !lesson.done) ?? module.lessons[0];
          return (
            <li key={module.key} className="card module-card">
              <p className="muted">
                {t("course.overview.moduleLabel", { n: index + 1 })}
                {module.kind !== "kern"
                  ? ` · ${module.region ? t("course.overview.regionLocal", { region: module.region }) : t("course.overview.local")}`
                  : ""}
                {" · "}
                {module.required ? t("course.required") : t("course.optional")}
                {" · "}
                {t("course.totalTime", { minutes: module.minutes })}
              </p>
              <h2 className="card-title">
                <Link to={`${base}/${module.key}`}>{module.title}</Link>
              </h2>
              <ProgressBar
                value={module.progress.done}
                max={module.progress.total}
                label={t("course.lessonsDone", {
                  done: module.progress.done,
                  total: module.progress.total,
                })}
              />
              <LessonList moduleUrl={`${base}/${module.key}`} lessons={module.lessons} />
              {nextLesson && module.progress.done === 0 ? (
                <p>
                  <Link
                    className="btn btn-primary"
                    to={`${base}/${module.key}/${nextLesson.slug}`}
                    aria-label={`${t("course.overview.start")}: ${module.title}`}
                  >
                    {t("course.overview.start")}
                  </Link>
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
