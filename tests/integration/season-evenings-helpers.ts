import ICAL from "ical.js";
import { expect } from "vitest";
import { db } from "~/utils/db.server";
import * as editRoute from "~/routes/groepen.$cohortId.bijeenkomsten.$eveningId.bewerken";
import * as icsRoute from "~/routes/groepen.$cohortId.bijeenkomsten.$eveningId.agenda[.ics]";
import { factories } from "../factories";
import { request } from "./cohorts-helpers";

export const make = factories(db);
export const DAY = 86_400_000;

export async function setup() {
  const facilitator = await make.user({ role: "FACILITATOR", name: "Fenna Begeleider" });
  const sam = await make.user({ name: "Sam Sporter" });
  const wil = await make.user({ name: "Wil Welzijn", domain: "WELZIJN" });
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: [sam.id, wil.id],
    minEvenings: 2,
  });
  const future = (days: number, topic: string) =>
    db.evening.create({
      data: {
        cohortId: cohort.id,
        startsAt: new Date(Date.now() + days * DAY),
        endsAt: new Date(Date.now() + days * DAY + 2 * 3_600_000),
        place: "Kantine",
        topic,
      },
    });
  return {
    facilitator,
    sam,
    wil,
    cohort,
    first: await future(7, "Kennismaken"),
    second: await future(14, "Samenwerken"),
  };
}

export const parseEvents = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");

export async function icsOf(userId: string, cohortId: string, eveningId: string) {
  const response = await request(userId, icsRoute.loader, {
    path: `/groepen/${cohortId}/bijeenkomsten/${eveningId}/agenda.ics`,
    params: { cohortId, eveningId },
  });
  expect(response.status).toBe(200);
  const [event] = parseEvents(await response.text());
  return {
    uid: event.getFirstPropertyValue("uid"),
    sequence: Number(event.getFirstPropertyValue("sequence")),
    status: event.getFirstPropertyValue("status"),
    location: event.getFirstPropertyValue("location"),
    summary: String(event.getFirstPropertyValue("summary")),
  };
}

export const edit = (
  userId: string,
  cohortId: string,
  eveningId: string,
  form: Record<string, string>,
) =>
  request(userId, editRoute.action, {
    path: `/groepen/${cohortId}/bijeenkomsten/${eveningId}/bewerken`,
    params: { cohortId, eveningId },
    form,
  });
