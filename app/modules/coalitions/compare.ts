import { ASPECTS, NOTE_KINDS, type NoteKind } from "./aspects";

type Note = { kind: NoteKind; aspect: string | null; org: { id: string; name: string } };
export type KindCounts = Record<NoteKind, number>;
export type CompareRow = {
  key: string;
  label: string | null;
  before: KindCounts;
  after: KindCounts;
};

const empty = (): KindCounts => ({ POSITIEF: 0, NEGATIEF: 0, KWARTJE: 0 });

/**
 * Two measurements side by side: how many notes of each kind per aspect
 * (notes without an aspect under "zonder aspect") and per partner
 * organisation. These are counts of notes, signed by organisation, not of people.
 */
export function compareBoards(before: Note[], after: Note[]) {
  const tally = <K extends string>(notes: Note[], keyOf: (note: Note) => K) => {
    const map = new Map<K, KindCounts>();
    for (const note of notes) {
      const key = keyOf(note);
      const counts = map.get(key) ?? empty();
      counts[note.kind] += 1;
      map.set(key, counts);
    }
    return map;
  };
  const aspectKey = (note: Note) => note.aspect ?? "geen";
  const aspectsBefore = tally(before, aspectKey);
  const aspectsAfter = tally(after, aspectKey);
  const byAspect: CompareRow[] = [...ASPECTS, "geen"].map((aspect) => ({
    key: aspect,
    label: null,
    before: aspectsBefore.get(aspect) ?? empty(),
    after: aspectsAfter.get(aspect) ?? empty(),
  }));
  const orgs = new Map<string, string>();
  for (const note of [...before, ...after]) orgs.set(note.org.id, note.org.name);
  const partnersBefore = tally(before, (note) => note.org.id);
  const partnersAfter = tally(after, (note) => note.org.id);
  const byPartner: CompareRow[] = [...orgs].map(([id, name]) => ({
    key: id,
    label: name,
    before: partnersBefore.get(id) ?? empty(),
    after: partnersAfter.get(id) ?? empty(),
  }));
  return {
    byAspect: byAspect.filter(
      (row) => total(row.before) + total(row.after) > 0 || row.key !== "geen",
    ),
    byPartner,
  };
}

const total = (counts: KindCounts) => NOTE_KINDS.reduce((sum, kind) => sum + counts[kind], 0);

/** "+2", "−1", "0": how a count changed. */
export const delta = (before: number, after: number) =>
  after > before ? `+${after - before}` : after < before ? `−${before - after}` : "0";
