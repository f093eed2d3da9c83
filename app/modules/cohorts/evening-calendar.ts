import type { CalendarEvent } from "./ics";

type EveningForCalendar = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  topic: string;
  sequence: number;
  cancelledAt: Date | null;
  cancelReason: string | null;
  cohortName: string;
  link: string;
};

/**
 * An evening as a calendar event. The UID never changes for an evening and
 * SEQUENCE rises with every change, so a calendar that imported the .ics or
 * subscribed to the feed updates (or, when cancelled, removes) its entry.
 */
export function eveningEvent(evening: EveningForCalendar): CalendarEvent {
  return {
    uid: `${evening.id}@buitendelijnen`,
    startsAt: evening.startsAt,
    endsAt: evening.endsAt,
    summary: `${evening.cohortName}: ${evening.topic}`,
    location: evening.place,
    description:
      evening.cancelledAt && evening.cancelReason
        ? `${evening.cancelReason}\n${evening.link}`
        : evening.link,
    sequence: evening.sequence,
    cancelled: Boolean(evening.cancelledAt),
  };
}
