/** The themes a practice case can have; labels live in the catalogue under forum.theme.<key>. */
export const THEMES = [
  "teamprocessen",
  "kwetsbare-jongeren",
  "lvb",
  "autisme",
  "veilig-sportklimaat",
  "samenwerking",
  "vrijwilligers",
  "anders",
] as const;

export type Theme = (typeof THEMES)[number];

export const isTheme = (value: unknown): value is Theme => THEMES.includes(value as Theme);

/** How long after posting an author may still change a case or reply. */
export const EDIT_WINDOW_MS = 30 * 60 * 1000;
