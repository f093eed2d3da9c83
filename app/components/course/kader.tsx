import type { ReactNode } from "react";
import type { AllowedProps } from "~/modules/courses/allowed-components";
import { useT } from "../use-t";

/** A callout box: tip, warning or example. */
export function Kader({
  soort,
  titel,
  children,
}: AllowedProps<"Kader"> & { children?: ReactNode }) {
  const t = useT();
  return (
    <aside className={`kader kader-${soort}`} aria-label={titel ?? t(`course.kader.${soort}`)}>
      <p className="kader-title">{titel ?? t(`course.kader.${soort}`)}</p>
      {children}
    </aside>
  );
}
