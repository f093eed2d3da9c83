import { randomToken } from "~/modules/auth/tokens.server";
import { db } from "~/utils/db.server";
import { eveningEvent } from "./evening-calendar";
import { buildCalendar } from "./ics";

/** The person's feed token, or null when the feed is off. */
export async function getFeedToken({ userId }: { userId: string }) {
  return (
    (await db.calendarFeed.findUnique({ where: { userId }, select: { token: true } }))?.token ??
    null
  );
}

/** Turns the feed on, or gives it a new secret token (the old URL stops working at once). */
export async function resetFeedToken({ userId }: { userId: string }) {
  const token = randomToken(20);
  await db.calendarFeed.upsert({
    where: { userId },
    create: { userId, token },
    update: { token, createdAt: new Date() },
  });
  return token;
}

export const isFeedToken = (value: string | undefined): value is string =>
  typeof value === "string" && /^[a-z2-7]{32}$/.test(value);

/**
 * All evenings of every cohort the token's owner is currently in, as one
 * calendar (cancelled ones stay, with STATUS:CANCELLED, so calendars drop
 * them). Null for an unknown token.
 */
export async function feedCalendar({
  token,
  origin,
  calendarName,
}: {
  token: string;
  origin: string;
  calendarName: string;
}) {
  const feed = await db.calendarFeed.findUnique({ where: { token }, select: { userId: true } });
  if (!feed) return null;
  const evenings = await db.evening.findMany({
    where: { cohort: { members: { some: { userId: feed.userId, removedAt: null } } } },
    orderBy: { startsAt: "asc" },
    take: 500,
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      place: true,
      topic: true,
      sequence: true,
      cancelledAt: true,
      cancelReason: true,
      cohortId: true,
      cohort: { select: { name: true } },
    },
  });
  return buildCalendar(
    evenings.map((evening) =>
      eveningEvent({
        ...evening,
        cohortName: evening.cohort.name,
        link: `${origin}/groepen/${evening.cohortId}/bijeenkomsten`,
      }),
    ),
    new Date(),
    calendarName,
  );
}
