import { db } from "~/utils/db.server";
import type { NoteKind } from "./aspects";

const noteSelect = {
  id: true,
  date: true,
  kind: true,
  aspect: true,
  text: true,
  eventId: true,
  showName: true,
  org: { select: { id: true, name: true } },
  author: { select: { name: true } },
} as const;

/** The board still being built (the newest one not saved as a measurement), or null. */
export function currentBoardId(coalitionId: string) {
  return db.timelineBoard
    .findFirst({
      where: { coalitionId, number: null },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    })
    .then((board) => board?.id ?? null);
}

/**
 * A board with its events and notes, grouped by date for the list view. A
 * note is signed with its organisation; the author's name travels only when
 * they chose to sign with it.
 */
export async function getBoard(coalitionId: string, boardId: string) {
  const board = await db.timelineBoard.findFirst({
    where: { id: boardId, coalitionId },
    select: {
      id: true,
      periodStart: true,
      periodEnd: true,
      conclusions: true,
      number: true,
      savedAt: true,
      events: {
        orderBy: [{ date: "asc" }, { createdAt: "asc" }],
        select: { id: true, date: true, title: true },
      },
      notes: { orderBy: [{ date: "asc" }, { createdAt: "asc" }], select: noteSelect },
    },
  });
  if (!board) return null;
  const notes = board.notes.map(({ author, showName, ...note }) => ({
    ...note,
    authorName: showName && author ? author.name : null,
  }));
  const days = new Map<
    string,
    {
      date: string;
      events: { id: string; title: string; notes: typeof notes }[];
      notes: typeof notes;
    }
  >();
  const dayOfKey = (date: Date) => {
    const key = date.toISOString().slice(0, 10);
    let entry = days.get(key);
    if (!entry) days.set(key, (entry = { date: key, events: [], notes: [] }));
    return entry;
  };
  for (const event of board.events)
    dayOfKey(event.date).events.push({
      id: event.id,
      title: event.title,
      notes: notes.filter((note) => note.eventId === event.id),
    });
  for (const note of notes) if (!note.eventId) dayOfKey(note.date).notes.push(note);
  const ordered = [...days.values()].sort((left, right) => left.date.localeCompare(right.date));
  return { ...board, notes, days: ordered, counts: countKinds(notes) };
}

function countKinds(notes: { kind: NoteKind }[]) {
  return {
    POSITIEF: notes.filter((note) => note.kind === "POSITIEF").length,
    NEGATIEF: notes.filter((note) => note.kind === "NEGATIEF").length,
    KWARTJE: notes.filter((note) => note.kind === "KWARTJE").length,
  };
}

/** Starts a new board for a period; refused while another board is still open. */
export async function startBoard(
  coalitionId: string,
  period: { periodStart: Date; periodEnd: Date },
): Promise<"started" | "open-board"> {
  if (await currentBoardId(coalitionId)) return "open-board";
  await db.timelineBoard.create({ data: { coalitionId, ...period } });
  return "started";
}

export async function addEvent(boardId: string, input: { date: Date; title: string }) {
  await db.timelineEvent.create({ data: { boardId, ...input } });
}

/** A note on an event of this board (its date then is the event's) or on a date. */
export async function addNote(
  boardId: string,
  input: {
    eventId: string | null;
    date: Date | null;
    kind: NoteKind;
    aspect: string | null;
    text: string;
    orgId: string;
    authorId: string;
    showName: boolean;
  },
): Promise<boolean> {
  let date = input.date;
  if (input.eventId) {
    const event = await db.timelineEvent.findFirst({
      where: { id: input.eventId, boardId },
      select: { date: true },
    });
    if (!event) return false;
    date = event.date;
  }
  if (!date) return false;
  await db.timelineNote.create({
    data: {
      boardId,
      eventId: input.eventId,
      date,
      kind: input.kind,
      aspect: input.aspect,
      text: input.text,
      orgId: input.orgId,
      authorId: input.authorId,
      showName: input.showName,
    },
  });
  return true;
}

export async function saveConclusions(boardId: string, conclusions: string) {
  await db.timelineBoard.update({ where: { id: boardId }, data: { conclusions } });
}

/** Saves the open board as the next measurement (0-meting first); from then on it does not change. */
export async function saveAsMeasurement(coalitionId: string, boardId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const last = await tx.timelineBoard.aggregate({
      where: { coalitionId, number: { not: null } },
      _max: { number: true },
    });
    const number = last._max.number === null ? 0 : last._max.number + 1;
    await tx.timelineBoard.update({ where: { id: boardId }, data: { number, savedAt: now } });
    return number;
  });
}

export function listMeasurements(coalitionId: string) {
  return db.timelineBoard.findMany({
    where: { coalitionId, number: { not: null } },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      periodStart: true,
      periodEnd: true,
      savedAt: true,
      _count: { select: { notes: true, events: true } },
    },
  });
}
