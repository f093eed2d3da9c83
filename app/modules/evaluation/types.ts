export const ITEM_TYPES = ["choice", "multi", "scale10", "yesno", "text"] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export const TEXT_MAX = 2000;

/** One question of the form: a core item (wording in the catalogue) or a local one (wording typed by the facilitator). */
export type FormItem = {
  id: string;
  type: ItemType;
  required: boolean;
  options: string[];
  section: string;
  /** Catalogue key for core items; null for local questions. */
  labelKey: string | null;
  /** The facilitator's own wording for local questions. */
  label: string | null;
};

/** A stored answer, as in EvaluationAnswer. */
export type Answer = { number?: number | null; text?: string | null; choices?: string[] };
export type AnswerMap = Record<string, Answer>;

/** The sector groups of the split (A1: sport vs zorg/welzijn vs anders). */
export const SECTOR_GROUPS = ["sport", "zorg-welzijn", "anders"] as const;
export type SectorGroup = (typeof SECTOR_GROUPS)[number];

export const sectorGroupOf = (sector: string): SectorGroup =>
  sector === "sport"
    ? "sport"
    : sector === "zorg" || sector === "welzijn"
      ? "zorg-welzijn"
      : "anders";
