import { useT } from "../use-t";

type Results = {
  key: string;
  title: string;
  checks: { id: string; vraag: string; answers: number | null; options: { text: string; right: boolean; count: number }[] | null }[];
}[];

/** Per Kennischeck question: counts per option for the facilitator, only from five answers. */
export function CheckResults({ results, min }: { results: Results; min: number }) {
  const t = useT();
  return (
    <section className="stack" aria-labelledby="check-results-title">
      <h2 id="check-results-title">{t("course.checkResults.title")}</h2>
      <p>{t("course.checkResults.intro", { min })}</p>
      {results.map((module) => (
        <details key={module.key}>
          <summary>{module.title}</summary>
          {module.checks.map((check) => (
            <div key={check.id} className="check-result" id={`uitslag-${check.id}`}>
              <p><strong>{check.vraag}</strong></p>
              {check.options === null ? (
                <p className="muted">{t("course.checkResults.tooFew", { min })}</p>
              ) : (
                <table>
                  <caption className="muted">{t("course.checkResults.answers", { count: check.answers ?? 0 })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("course.checkResults.option")}</th>
                      <th scope="col">{t("course.checkResults.count")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {check.options.map((option, index) => (
                      <tr key={index}>
                        <td>{option.text}{option.right ? <strong> ({t("course.checkResults.right")})</strong> : null}</td>
                        <td>{option.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          ))}
        </details>
      ))}
    </section>
  );
}
