import type { FormItem, ItemType } from "./types";

type CoreItem = { id: string; type: ItemType; required?: boolean; options?: string[] };
type Questionnaire = { version: number; sections: { id: string; items: CoreItem[] }[] };

const scale = (id: string): CoreItem => ({ id, type: "scale10" });

// Item ids are stable: reports, exports and tests refer to them. A new version
// gets a new entry here; stored responses keep the version they were given.
const V1: Questionnaire = {
  version: 1,
  sections: [
    {
      id: "A",
      items: [
        {
          id: "A1",
          type: "choice",
          required: true,
          options: ["sport", "zorg", "welzijn", "anders"],
        },
        {
          id: "A2",
          type: "multi",
          options: [
            "trainer",
            "teamleider",
            "bestuurslid",
            "scheidsrechter",
            "stagiair",
            "vrijwilliger-zorg-welzijn",
            "professional-zorg-welzijn",
            "maatje",
            "anders",
          ],
        },
        {
          id: "A3",
          type: "choice",
          options: ["regulier", "getraind", "specialist", "organisatorisch"],
        },
      ],
    },
    {
      id: "B",
      items: [
        { id: "B1", type: "yesno" },
        { id: "B2", type: "text" },
        { id: "B3", type: "text" },
      ],
    },
    { id: "C", items: ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9"].map(scale) },
    { id: "D", items: [{ id: "D1", type: "text" }, { id: "D2", type: "text" }, scale("D3")] },
    { id: "E", items: [scale("E1"), { id: "E2", type: "yesno" }, { id: "E3", type: "text" }] },
  ],
};

const QUESTIONNAIRES: Record<number, Questionnaire> = { 1: V1 };

/** The version new responses are given. */
export const CURRENT_VERSION = 1;

/** The core items of a questionnaire version, in order, with their catalogue keys. */
export function coreItems(version = CURRENT_VERSION): FormItem[] {
  const questionnaire = QUESTIONNAIRES[version];
  if (!questionnaire) throw new Error(`Unknown questionnaire version ${version}`);
  return questionnaire.sections.flatMap((section) =>
    section.items.map((item) => ({
      id: item.id,
      type: item.type,
      required: item.required ?? false,
      options: item.options ?? (item.type === "yesno" ? ["ja", "nee", "weet-niet"] : []),
      section: section.id,
      labelKey: `evaluation.items.${item.id}.label`,
      label: null,
    })),
  );
}

/** The catalogue key of an option label: core options live under their item, yes/no and local options are shared or literal. */
export function optionKey(item: FormItem, option: string): string | null {
  if (item.type === "yesno") return `evaluation.yesno.${option}`;
  if (item.labelKey) return `evaluation.items.${item.id}.options.${option}`;
  return null;
}
