/** The working list's filters and sorts (also used by the page in the browser, so not in a .server file). */
export const WORKLIST_FILTERS = [
  "alle",
  "getraind",
  "vog-binnenkort",
  "vog-probleem",
  "zonder-account",
] as const;
export const WORKLIST_SORTS = ["naam", "vog", "cursus"] as const;
export type WorklistFilter = (typeof WORKLIST_FILTERS)[number];
export type WorklistSort = (typeof WORKLIST_SORTS)[number];
