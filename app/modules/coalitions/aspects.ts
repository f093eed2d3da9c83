/** Kaats & Opheij's five aspects of a partnership, in the report's order. */
export const ASPECTS = ["ambitie", "belangen", "relatie", "organisatie", "proces"] as const;
export type Aspect = (typeof ASPECTS)[number];

export const NOTE_KINDS = ["POSITIEF", "NEGATIEF", "KWARTJE"] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** The smallest group whose scan figures are shown (whole coalition and per partner; decision 022). */
export const MIN_SCAN_GROUP = 3;

/** A "YYYY-MM-DD" form value as a @db.Date value (midnight UTC). */
export const dayOf = (value: string) => new Date(`${value}T00:00:00.000Z`);
export const isoDay = (day: Date) => day.toISOString().slice(0, 10);

/** "0-meting", "1-meting" ... */
export const measurementLabel = (number: number) => `${number}-meting`;
