import { expect } from "vitest";
import { nl } from "~/i18n/nl";
import { db } from "~/utils/db.server";
import { XSS, expectInert } from "./assert";
import { type Case, type World } from "./world";

const coalitions = new WeakMap<World, Promise<string>>();

/** The world's coalition (made on first use): its organisation as partner, the org admin as coordinator, an open timeline with one event. */
function coalitionOf(w: World): Promise<string> {
  let made = coalitions.get(w);
  if (!made) {
    made = (async () => {
      const coalition = await db.coalition.create({
        data: {
          name: "Samen Buitenveld",
          ambition: "Meer jongeren sporten.",
          createdById: w.orgAdmin.id,
          partners: { create: { orgId: w.org.id } },
          members: {
            create: {
              userId: w.orgAdmin.id,
              orgId: w.org.id,
              role: "COORDINATOR",
              roleTitle: "coördinator",
            },
          },
        },
      });
      await db.timelineBoard.create({
        data: {
          coalitionId: coalition.id,
          periodStart: new Date("2026-01-01"),
          periodEnd: new Date("2026-12-31"),
          events: { create: { date: new Date("2026-03-01"), title: "Start" } },
        },
      });
      await db.scanRound.create({ data: { coalitionId: coalition.id, number: 1 } });
      return coalition.id;
    })();
    coalitions.set(w, made);
  }
  return made;
}

const notes = () => db.timelineNote.count();

/** A payload as a timeline note: stored as typed, shown escaped on the board. */
const noteXss = (payload: string): Case => ({
  name: `timeline note: ${payload}`,
  send: async (w) => ({
    path: `/coalities/${await coalitionOf(w)}/tijdlijn`,
    form: { intent: "note", target: "datum", date: "2026-04-01", kind: "POSITIEF", text: payload },
    cookie: w.cookies.orgAdmin,
  }),
  status: 200,
  message: nl.coalitions.timeline.noteAdded,
  check: async (_w, _req, { shown }) => {
    expect(await db.timelineNote.count({ where: { text: payload } })).toBe(1);
    expectInert(shown, payload);
  },
});

const refused = (
  name: string,
  path: (id: string) => string,
  form: Record<string, string>,
  message: string,
  count: () => Promise<number>,
): Case => ({
  name,
  send: async (w) => ({
    path: path(await coalitionOf(w)),
    form,
    cookie: w.cookies.orgAdmin,
    ctx: { before: String(await count()) },
  }),
  status: 400,
  message,
  check: async (_w, req) => expect(String(await count())).toBe(req.ctx!.before),
});

export const coalitionCases: Case[] = [
  noteXss(XSS.script),
  noteXss(XSS.img),
  refused(
    "coalition name with <script>",
    () => "/coalities",
    { name: XSS.script, ambition: "Samen.", orgId: "" },
    nl.coalitions.errors.textInvalid,
    () => db.coalition.count(),
  ),
  refused(
    "key event title with a right-to-left override",
    (id) => `/coalities/${id}/tijdlijn`,
    { intent: "event", date: "2026-05-01", title: "Start \u202Etrats" },
    nl.coalitions.errors.textInvalid,
    () => db.timelineEvent.count(),
  ),
  refused(
    "a 1 MB timeline note",
    (id) => `/coalities/${id}/tijdlijn`,
    {
      intent: "note",
      target: "datum",
      date: "2026-04-01",
      kind: "NEGATIEF",
      text: "x".repeat(1024 * 1024 - 200),
    },
    nl.coalitions.errors.tooLong,
    notes,
  ),
  refused(
    "a note of an unknown kind on 31 February",
    (id) => `/coalities/${id}/tijdlijn`,
    { intent: "note", target: "datum", date: "2026-02-31x", kind: "ROZE", text: "Hallo" },
    nl.coalitions.errors.kindRequired,
    notes,
  ),
  refused(
    "a scan mark of 11",
    (id) => `/coalities/${id}/scan`,
    {
      intent: "submit",
      "score-ambitie": "11",
      "score-belangen": "5",
      "score-relatie": "5",
      "score-organisatie": "5",
      "score-proces": "abc",
    },
    nl.coalitions.errors.score,
    () => db.scanResponse.count(),
  ),
  refused(
    "an agreement with an impossible date",
    (id) => `/coalities/${id}/afspraken`,
    { intent: "agreement", text: "Overleg", ownerOrgId: "", dueOn: "2026-99-99" },
    nl.coalitions.errors.date,
    () => db.agreement.count(),
  ),
  {
    name: "a timeline note with a NUL byte (stored without it)",
    send: async (w) => ({
      path: `/coalities/${await coalitionOf(w)}/tijdlijn`,
      form: {
        intent: "note",
        target: "datum",
        date: "2026-04-02",
        kind: "KWARTJE",
        text: "Kwartje\u0000gevallen",
      },
      cookie: w.cookies.orgAdmin,
    }),
    status: 200,
    message: nl.coalitions.timeline.noteAdded,
    check: async () =>
      expect(await db.timelineNote.count({ where: { text: "Kwartjegevallen" } })).toBe(1),
  },
];
