import { keyFromData } from "~/i18n/translate";
import { useT } from "../use-t";

/** A statement (privacy, accessibility): a title, an introduction, then headed paragraphs from the catalogue. */
export function StatementPage({
  base,
  sections,
}: {
  base: "legal.privacy" | "legal.accessibility";
  sections: string[];
}) {
  const t = useT();
  return (
    <article className="stack statement">
      <h1>{t(`${base}.title`)}</h1>
      <p>{t(`${base}.intro`)}</p>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`${section}-kop`}>
          <h2 id={`${section}-kop`}>{t(keyFromData(`${base}.${section}Title`))}</h2>
          <p>{t(keyFromData(`${base}.${section}`))}</p>
        </section>
      ))}
    </article>
  );
}
