import type { AllowedProps } from "~/modules/courses/allowed-components";
import { useT } from "../use-t";

/**
 * The source note at the end of a lesson: the report section(s) the lesson
 * rests on ("Bron: Kracht van Sport, §2.2"), plus other sources if any.
 */
export function Bron({ rapport, ook }: AllowedProps<"Bron">) {
  const t = useT();
  const parts = [
    rapport ? t("course.bron.report", { section: rapport }) : null,
    ook ? t("course.bron.also", { other: ook }) : null,
  ].filter(Boolean);
  if (!parts.length) return null;
  return (
    <p className="bron">
      <strong>{t("course.bron.label")}:</strong> {parts.join(". ")}
    </p>
  );
}
