import { useT } from "../use-t";

type ModuleTime = { key: string; title: string; estimate: number; people: number | null; median: number | null };

/** Stated minutes per module next to the measured median (aggregate only, from five people). */
export function ModuleTimes({ times, cap, min }: { times: ModuleTime[]; cap: number; min: number }) {
  const t = useT();
  return (
    <section className="stack" aria-labelledby="module-times-title">
      <h2 id="module-times-title">{t("course.times.title")}</h2>
      <p>{t("course.times.intro", { cap, min })}</p>
      <div className="table-wrap" role="region" aria-labelledby="module-times-title" tabIndex={0}>
        <table className="module-times">
          <thead>
            <tr>
              <th scope="col">{t("course.times.module")}</th>
              <th scope="col">{t("course.times.estimate")}</th>
              <th scope="col">{t("course.times.measured")}</th>
              <th scope="col">{t("course.times.people")}</th>
            </tr>
          </thead>
          <tbody>
            {times.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.title}</th>
                <td>{t("course.times.minutes", { minutes: row.estimate })}</td>
                <td>{row.median === null ? <span className="muted">{t("course.times.tooFew", { min })}</span> : t("course.times.minutes", { minutes: row.median })}</td>
                <td>{row.people ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
