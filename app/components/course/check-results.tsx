import { useT } from "../use-t";
import { DataTable } from "../ui/data-table";

type Results = {
  key: string;
  title: string;
  checks: {
    id: string;
    vraag: string;
    answers: number | null;
    options: { text: string; right: boolean; count: number }[] | null;
  }[];
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
              <p>
                <strong>{check.vraag}</strong>
              </p>
              {check.options === null ? (
                <p className="muted">{t("course.checkResults.tooFew", { min })}</p>
              ) : (
                <DataTable
                  label={check.vraag}
                  caption={t("course.checkResults.answers", { count: check.answers ?? 0 })}
                  rowHeader={false}
                  columns={[
                    t("course.checkResults.option"),
                    { label: t("course.checkResults.count"), className: "num" },
                  ]}
                  rows={check.options.map((option, index) => ({
                    key: String(index),
                    cells: [
                      <>
                        {option.text}
                        {option.right ? <strong> ({t("course.checkResults.right")})</strong> : null}
                      </>,
                      option.count,
                    ],
                  }))}
                />
              )}
            </div>
          ))}
        </details>
      ))}
    </section>
  );
}
