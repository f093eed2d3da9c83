import { db } from "~/utils/db.server";
import type { Locale } from "~/i18n";
import { amsterdamToUtc, formatEvening } from "./local-time";
import { NOTIFY_RECIPIENT, notifyEach } from "~/modules/notify/send-notification.server";

type Result = { ok: true } | { ok: false; errors: Record<string, string> };

const AMSTERDAM_DATE = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const AMSTERDAM_TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The evening as the edit form shows it (local date and times). */
export async function getEveningForEdit({
  cohortId,
  eveningId,
}: {
  cohortId: string;
  eveningId: string;
}) {
  const evening = await db.evening.findFirst({
    where: { id: eveningId, cohortId },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      place: true,
      topic: true,
      sequence: true,
      cancelledAt: true,
      cancelReason: true,
      cohort: { select: { name: true, archivedAt: true } },
      _count: { select: { attendance: true } },
    },
  });
  if (!evening) return null;
  return {
    id: evening.id,
    cohortName: evening.cohort.name,
    archived: Boolean(evening.cohort.archivedAt),
    date: AMSTERDAM_DATE.format(evening.startsAt),
    startTime: AMSTERDAM_TIME.format(evening.startsAt),
    endTime: AMSTERDAM_TIME.format(evening.endsAt),
    startsAt: evening.startsAt,
    endsAt: evening.endsAt,
    place: evening.place,
    topic: evening.topic,
    cancelled: Boolean(evening.cancelledAt),
    cancelReason: evening.cancelReason,
    hasAttendance: evening._count.attendance > 0,
  };
}

/** Everyone in the cohort except the one who made the change. */
async function peopleToTell(cohortId: string, exceptId: string) {
  const members = await db.cohortMember.findMany({
    where: { cohortId, removedAt: null, userId: { not: exceptId } },
    select: { user: { select: NOTIFY_RECIPIENT } },
  });
  return members.map((member) => member.user);
}

const when = (startsAt: Date, endsAt: Date, locale: string) => {
  const parts = formatEvening(startsAt, endsAt, (locale === "en" ? "en" : "nl") as Locale);
  return `${parts.date}, ${parts.from}–${parts.until}`;
};

/** Moves or renames an evening; everyone in the cohort gets a mail, and the calendar SEQUENCE goes up. */
export async function changeEvening(input: {
  cohortId: string;
  eveningId: string;
  changedById: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  topic: string;
  link: string;
}): Promise<Result> {
  const before = await db.evening.findFirst({
    where: { id: input.eveningId, cohortId: input.cohortId },
    select: {
      startsAt: true,
      endsAt: true,
      place: true,
      topic: true,
      cancelledAt: true,
      cohort: { select: { name: true } },
    },
  });
  if (!before) return { ok: false, errors: { form: "season.errors.eveningGone" } };
  if (before.cancelledAt) return { ok: false, errors: { form: "season.errors.eveningCancelled" } };
  const startsAt = amsterdamToUtc(input.date, input.startTime);
  const endsAt = amsterdamToUtc(input.date, input.endTime);
  const changed =
    startsAt.getTime() !== before.startsAt.getTime() ||
    endsAt.getTime() !== before.endsAt.getTime() ||
    input.place !== before.place ||
    input.topic !== before.topic;
  if (!changed) return { ok: true };
  await db.evening.update({
    where: { id: input.eveningId },
    data: { startsAt, endsAt, place: input.place, topic: input.topic, sequence: { increment: 1 } },
  });
  await notifyEach(
    await peopleToTell(input.cohortId, input.changedById),
    "course",
    (t, person) => ({
      subject: t("season.evenings.changedSubject", { cohort: before.cohort.name }),
      text: t("season.evenings.changedText", {
        name: person.name,
        cohort: before.cohort.name,
        topic: input.topic,
        before: `${before.topic}, ${when(before.startsAt, before.endsAt, person.locale)}, ${before.place}`,
        after: `${input.topic}, ${when(startsAt, endsAt, person.locale)}, ${input.place}`,
        link: input.link,
      }),
    }),
  );
  return { ok: true };
}

/** What the mail about an evening that will not take place needs. */
const CALLED_OFF = {
  startsAt: true,
  endsAt: true,
  topic: true,
  cancelledAt: true,
  cohort: { select: { name: true } },
} as const;

/** Mails the participants that an evening will not take place: cancelled (with the reason) or deleted (null). */
async function tellCalledOff(
  input: { cohortId: string; changedById: string; link: string },
  evening: { startsAt: Date; endsAt: Date; topic: string; cohort: { name: string } },
  reason: string | null,
) {
  await notifyEach(await peopleToTell(input.cohortId, input.changedById), "course", (t, person) => {
    const values = {
      name: person.name,
      topic: evening.topic,
      when: when(evening.startsAt, evening.endsAt, person.locale),
      link: input.link,
    };
    return {
      subject: t("season.evenings.cancelledSubject", { cohort: evening.cohort.name }),
      text:
        reason === null
          ? t("season.evenings.deletedText", values)
          : t("season.evenings.cancelledText", { ...values, reason }),
    };
  });
}

/** Cancels an evening with a reason; it stays in the list (and in calendars, as cancelled). */
export async function cancelEvening(input: {
  cohortId: string;
  eveningId: string;
  changedById: string;
  reason: string;
  link: string;
}): Promise<Result> {
  const evening = await db.evening.findFirst({
    where: { id: input.eveningId, cohortId: input.cohortId },
    select: CALLED_OFF,
  });
  if (!evening) return { ok: false, errors: { form: "season.errors.eveningGone" } };
  if (evening.cancelledAt) return { ok: false, errors: { form: "season.errors.eveningCancelled" } };
  await db.evening.update({
    where: { id: input.eveningId },
    data: { cancelledAt: new Date(), cancelReason: input.reason, sequence: { increment: 1 } },
  });
  await tellCalledOff(input, evening, input.reason);
  return { ok: true };
}

/** Deletes an evening, only while no attendance has been recorded for it. */
export async function deleteEvening(input: {
  cohortId: string;
  eveningId: string;
  changedById: string;
  link: string;
}): Promise<Result> {
  const evening = await db.evening.findFirst({
    where: { id: input.eveningId, cohortId: input.cohortId },
    select: {
      ...CALLED_OFF,
      _count: { select: { attendance: true } },
    },
  });
  if (!evening) return { ok: false, errors: { form: "season.errors.eveningGone" } };
  if (evening._count.attendance > 0)
    return { ok: false, errors: { form: "season.errors.hasAttendance" } };
  // deleteMany with the count in the filter: attendance recorded a moment ago still stops the delete.
  const deleted = await db.evening.deleteMany({
    where: { id: input.eveningId, cohortId: input.cohortId, attendance: { none: {} } },
  });
  if (deleted.count === 0) return { ok: false, errors: { form: "season.errors.hasAttendance" } };
  if (!evening.cancelledAt) {
    await tellCalledOff(input, evening, null);
  }
  return { ok: true };
}
