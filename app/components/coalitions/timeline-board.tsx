import { keyFromData } from "~/i18n/translate";
import { useT } from "~/components/use-t";
import type { NoteKind } from "~/modules/coalitions/aspects";

type Note = {
  id: string;
  kind: NoteKind;
  aspect: string | null;
  text: string;
  org: { name: string };
  authorName: string | null;
};
type Day = {
  date: string;
  label: string;
  events: { id: string; title: string; notes: Note[] }[];
  notes: Note[];
};

/**
 * The timeline as a list by date: on a phone (and without JavaScript) one
 * column; on a wide screen the same list scrolls sideways (CSS only).
 */
export function TimelineBoard({ days }: { days: Day[] }) {
  const t = useT();
  if (!days.length) return <p>{t("coalitions.timeline.empty")}</p>;
  return (
    <ol className="timeline-board" aria-label={t("coalitions.timeline.title")}>
      {days.map((day) => (
        <li key={day.date} className="timeline-day">
          <h3 className="timeline-date">
            <time dateTime={day.date}>{day.label}</time>
          </h3>
          {day.events.map((event) => (
            <div key={event.id} className="timeline-event">
              <p className="timeline-event-title">
                <span className="sr-only">{t("coalitions.timeline.event")}: </span>
                {event.title}
              </p>
              <NoteList notes={event.notes} />
            </div>
          ))}
          <NoteList notes={day.notes} />
        </li>
      ))}
    </ol>
  );
}

function NoteList({ notes }: { notes: Note[] }) {
  const t = useT();
  if (!notes.length) return null;
  return (
    <ul className="timeline-notes">
      {notes.map((note) => (
        <li key={note.id} className={`timeline-note note-${note.kind.toLowerCase()}`}>
          <strong>{t(`coalitions.kind.${note.kind}`)}</strong>
          {note.aspect ? (
            <span className="badge"> {t(keyFromData(`coalitions.aspect.${note.aspect}`))}</span>
          ) : null}
          <p>{note.text}</p>
          <p className="timeline-sign">
            —{" "}
            {note.authorName
              ? t("coalitions.timeline.signedByName", { name: note.authorName, org: note.org.name })
              : t("coalitions.timeline.signedBy", { org: note.org.name })}
          </p>
        </li>
      ))}
    </ul>
  );
}
