import { Link } from "@remix-run/react";
import { ProgressBar } from "../ui/card";
import { useT } from "../use-t";
import { LessonList } from "./lesson-list";

type Props = {
  cohortId: string;
  module: {
    key: string;
    title: string;
    minutes: number;
    region: string | null;
    goals: string[];
    intro: string[];
    lessons: { slug: string; title: string; minutes: number; done: boolean }[];
    progress: { done: number; total: number };
  };
};

/** A module's introduction, learning goals and lessons. */
export function ModulePage({ cohortId, module }: Props) {
  const t = useT();
  const base = `/groepen/${cohortId}/cursus`;
  return (
    <div className="stack">
      <p>
        <Link to={base}>{t("course.overview.back")}</Link>
      </p>
      <h1>{module.title}</h1>
      <p className="muted">
        {module.region ? `${t("course.overview.regionLocal", { region: module.region })} · ` : ""}
        {t("course.totalTime", { minutes: module.minutes })}
      </p>
      {module.intro.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      <ProgressBar
        value={module.progress.done}
        max={module.progress.total}
        label={t("course.lessonsDone", module.progress)}
      />
      {module.goals.length ? (
        <section className="card">
          <h2 className="card-title">{t("course.overview.goals")}</h2>
          <ul>
            {module.goals.map((goal) => (
              <li key={goal}>{goal}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card">
        <h2 className="card-title">{t("course.overview.lessons")}</h2>
        <LessonList moduleUrl={`${base}/${module.key}`} lessons={module.lessons} />
      </section>
    </div>
  );
}
