import { Link } from "@remix-run/react";
import { useT } from "../use-t";

type Progress = { done: number; total: number };
type Props = {
  cohortId: string;
  progress: {
    modules: { key: string; title: string; required: boolean; lessons: number }[];
    participants: { userId: string; name: string; modules: Record<string, Progress>; done: number; total: number }[];
  };
};

/** Every participant's finished lessons per module, for the cohort's facilitators. */
export function ProgressTable({ cohortId, progress }: Props) {
  const t = useT();
  return (
    <div className="stack">
      <p><Link to={`/groepen/${cohortId}/cursus`}>{t("course.overview.back")}</Link></p>
      <h1>{t("course.progress.title")}</h1>
      <p>{t("course.progress.intro")}</p>
      {progress.participants.length === 0 ? <p>{t("course.progress.none")}</p> : (
        <div className="table-wrap" role="region" aria-label={t("course.progress.title")} tabIndex={0}>
          <table className="progress-table">
            <thead>
              <tr>
                <th scope="col">{t("course.progress.participant")}</th>
                {progress.modules.map((module) => <th scope="col" key={module.key}>{module.title}</th>)}
                <th scope="col">{t("course.progress.total")}</th>
              </tr>
            </thead>
            <tbody>
              {progress.participants.map((person) => (
                <tr key={person.userId}>
                  <th scope="row">{person.name}</th>
                  {progress.modules.map((module) => {
                    const cell = person.modules[module.key] ?? { done: 0, total: module.lessons };
                    return <td key={module.key} className={cell.total > 0 && cell.done === cell.total ? "status-done" : undefined}>{t("course.progress.cell", { done: cell.done, total: cell.total })}</td>;
                  })}
                  <td>{t("course.progress.cell", { done: person.done, total: person.total })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
