import { useT } from "~/components/use-t";

export type Half = { saw: string; takes: string; at: string } | null;

/** One half of a tandem's report (what the one saw at the other's, what they take with them), or that it is missing. */
export function HalfView({ name, half }: { name: string; half: Half }) {
  const t = useT();
  if (!half) return <p className="muted">{t("cohorts.tandem.halfMissing", { name })}</p>;
  return (
    <div className="stack">
      <h3>{t("cohorts.tandem.halfBy", { name })}</h3>
      <p>
        <strong>{t("cohorts.tandem.saw")}</strong>
        <br />
        {half.saw}
      </p>
      <p>
        <strong>{t("cohorts.tandem.takes")}</strong>
        <br />
        {half.takes}
      </p>
    </div>
  );
}
