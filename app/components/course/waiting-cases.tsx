import { Link } from "@remix-run/react";
import { useT } from "../use-t";

type Waiting = { id: string; title: string; moduleKey: string; createdAt: string };

/** Cases from lessons that nobody from the other world has answered yet (for the facilitator). */
export function WaitingCases({
  cohortId,
  cases,
  modules,
}: {
  cohortId: string;
  cases: Waiting[];
  modules: { key: string; title: string }[];
}) {
  const t = useT();
  const titles = new Map(modules.map((module) => [module.key, module.title]));
  return (
    <section className="stack" aria-labelledby="waiting-cases-title">
      <h2 id="waiting-cases-title">{t("course.waiting.title")}</h2>
      <p>{t("course.waiting.intro")}</p>
      {cases.length === 0 ? (
        <p className="muted">{t("course.waiting.none")}</p>
      ) : (
        <ul>
          {cases.map((item) => (
            <li key={item.id}>
              <Link to={`/groepen/${cohortId}/casussen/${item.id}`}>{item.title}</Link>{" "}
              <span className="muted">· {titles.get(item.moduleKey) ?? item.moduleKey}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
