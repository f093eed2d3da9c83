import { useT } from "~/components/use-t";

/** The visible "demo" label of the seeded demo cohort: its clubs and local lesson are invented, inside a real city. */
export function DemoLabel() {
  const t = useT();
  return (
    <span className="badge badge-demo" title={t("cohorts.demo.title")}>
      {t("cohorts.demo.label")}
    </span>
  );
}
