import { useT } from "../use-t";
import { DataTable } from "../ui/data-table";

type ModuleTime = {
  key: string;
  title: string;
  estimate: number;
  people: number | null;
  median: number | null;
};

/** Stated minutes per module next to the measured median (aggregate only, from five people). */
export function ModuleTimes({
  times,
  cap,
  min,
}: {
  times: ModuleTime[];
  cap: number;
  min: number;
}) {
  const t = useT();
  return (
    <section className="stack" aria-labelledby="module-times-title">
      <h2 id="module-times-title">{t("course.times.title")}</h2>
      <p>{t("course.times.intro", { cap, min })}</p>
      <DataTable
        label={t("course.times.title")}
        className="module-times"
        columns={[
          t("course.times.module"),
          t("course.times.estimate"),
          t("course.times.measured"),
          { label: t("course.times.people"), className: "num" },
        ]}
        rows={times.map((row) => ({
          key: row.key,
          cells: [
            row.title,
            t("course.times.minutes", { minutes: row.estimate }),
            row.median === null ? (
              <span className="muted">{t("course.times.tooFew", { min })}</span>
            ) : (
              t("course.times.minutes", { minutes: row.median })
            ),
            row.people ?? "–",
          ],
        }))}
      />
    </section>
  );
}
