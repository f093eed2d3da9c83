import { expect } from "vitest";
import { translateNl } from "~/i18n/catalogues.server";
import { nl } from "~/i18n/nl";
import { db } from "~/utils/db.server";
import { expectInert } from "./assert";
import { newMember, page, type Case, type Fields, type World } from "./world";

// Builders for the rows that repeat one request with another field or payload.

export const paths = {
  newCase: (w: World) => `/groepen/${w.cohort.id}/casussen/nieuw`,
  thread: (w: World) => `/groepen/${w.cohort.id}/casussen/${w.forumCase.id}`,
  lesson: (w: World) => `/groepen/${w.cohort.id}/cursus/kern/teamprocessen/van-groep-naar-team`,
  evaluation: (w: World) => `/groepen/${w.cohort.id}/evaluatie`,
  report: (w: World) => `/groepen/${w.cohort.id}/evaluatie/rapport`,
  evaluationCsv: (w: World) => `/groepen/${w.cohort.id}/evaluatie/export?soort=antwoorden`,
  dashboardCsv: (w: World) => `/groepen/${w.cohort.id}/overzicht.csv`,
  registerCsv: (w: World) => `/organisaties/${w.org.id}/register.csv`,
};

const caseFields = {
  title: "Een speler die niet meer komt",
  situation: "Een jongen van 15 komt al drie weken niet meer naar de training.",
  whatIDid: "Ik heb hem een berichtje gestuurd.",
  question: "Hoe pak ik dit aan?",
};

export const caseForm = (fields: Partial<typeof caseFields>): Fields => ({
  ...caseFields,
  ...fields,
  themes: "teamprocessen",
  place: "groep",
  privacyConfirmed: "on",
});
export const replyForm = (body: string, extra: Record<string, string> = {}): Fields => ({
  intent: "reply",
  body,
  privacyConfirmed: "on",
  ...extra,
});
export const profileForm = (name: string): Fields => ({
  intent: "profile",
  name,
  domain: "SPORT",
  volunteerRole: "trainer",
});
export const cohortForm = (name: string): Fields => ({
  name,
  place: "Enschede",
  startsOn: "2026-09-01",
  endsOn: "2026-12-15",
});
export const orgForm = (name: string): Fields => ({
  intent: "org",
  name,
  type: "SPORTVERENIGING",
  town: "Enschede",
});
export const moduleForm = (body: string, title = "Wijkteam Zuid en de club"): Fields => ({
  title,
  goals: "Je kent het wijkteam",
  region: "Enschede",
  "lessons.0.slug": "",
  "lessons.0.title": "Kennismaken met het wijkteam",
  "lessons.0.minutes": "15",
  "lessons.0.body": body,
  intent: "publish",
});

const idFromLocation = (response: Response) =>
  new URL(response.headers.get("location")!, "http://x").pathname.split("/").pop()!;

/** A payload in one field of a new forum case: stored as typed, shown escaped on the thread page. */
export const forumCaseXss = (field: keyof typeof caseFields, payload: string): Case => ({
  name: `forum case ${field}: ${payload}`,
  send: (w) => ({
    path: paths.newCase(w),
    form: caseForm({ [field]: payload }),
    cookie: w.cookies.author,
  }),
  status: 302,
  message: nl.forum.thread.situation,
  check: async (_w, _req, { response, shown }) => {
    const stored = await db.forumCase.findUniqueOrThrow({
      where: { id: idFromLocation(response) },
    });
    expect(stored[field]).toBe(payload);
    expectInert(shown, payload);
  },
});

/** A payload as a forum reply: stored as typed, rendered through the Markdown sanitiser. */
export const forumReplyXss = (payload: string): Case => ({
  name: `forum reply body: ${payload}`,
  send: (w) => ({ path: paths.thread(w), form: replyForm(payload), cookie: w.cookies.author }),
  status: 302,
  message: nl.forum.thread.repliesTitle,
  check: async (w, _req, { shown }) => {
    expect(await db.forumReply.count({ where: { caseId: w.forumCase.id, body: payload } })).toBe(1);
    expectInert(shown, payload);
  },
});

/** A payload as a lesson reflection: stored as typed, shown escaped in the learner's own text field. */
export const reflectionXss = (payload: string): Case => ({
  name: `reflection text: ${payload}`,
  send: async (w) => {
    const { user, cookie } = await newMember(w);
    return {
      path: paths.lesson(w),
      form: { intent: "reflection", reflectionId: "m4-reflectie-1", text: payload },
      cookie,
      ctx: { userId: user.id },
    };
  },
  status: 302,
  message: nl.course.reflectie.saved,
  check: async (_w, req, { shown }) => {
    expect(
      (await db.reflection.findFirstOrThrow({ where: { userId: req.ctx!.userId } })).text,
    ).toBe(payload);
    expectInert(shown, payload);
  },
});

/** A payload as an open evaluation answer (E3): stored anonymously as typed, shown escaped in the facilitator's report. */
export const evaluationXss = (payload: string): Case => ({
  name: `evaluation open answer: ${payload}`,
  send: async (w) => ({
    path: paths.evaluation(w),
    form: { intent: "submit", A1: "zorg", E3: payload },
    cookie: (await newMember(w)).cookie,
  }),
  status: 302,
  message: nl.evaluation.thanks,
  check: async (w) => {
    expect(await db.evaluationAnswer.count({ where: { itemId: "E3", text: payload } })).toBe(1);
    expectInert(await page(w, paths.report(w), w.cookies.facilitator), payload);
  },
});

/** A payload as a local module's title: stored as typed, shown escaped in the editor. */
export const moduleTitleXss = (payload: string): Case => ({
  name: `local module title: ${payload}`,
  send: (w) => ({
    path: "/modules/nieuw",
    form: moduleForm("## Les\n\nHet wijkteam helpt gezinnen.", payload),
    cookie: w.cookies.facilitator,
  }),
  status: 302,
  message: translateNl("course.editor.publishedSaved", { n: 1 }),
  check: async (_w, _req, { response, shown }) => {
    const moduleId = response.headers.get("location")!.split("/")[2];
    expect((await db.localModuleVersion.findFirstOrThrow({ where: { moduleId } })).title).toBe(
      payload,
    );
    expectInert(shown, payload);
  },
});

/** A name that may not be stored: refused with the Dutch message, the old value kept. */
export const refusedName = (
  where: "profile" | "cohort" | "organisation",
  name: string,
  message: string,
  describe = name,
): Case => {
  const request = {
    profile: (w: World) => ({
      path: "/account",
      form: profileForm(name),
      cookie: w.cookies.author,
    }),
    cohort: (w: World) => ({
      path: "/groepen/nieuw",
      form: cohortForm(name),
      cookie: w.cookies.facilitator,
    }),
    organisation: (w: World) => ({ path: "/beheer", form: orgForm(name), cookie: w.cookies.admin }),
  }[where];
  // What the name would change: the author's name, or the number of cohorts or organisations.
  const state = async (w: World) =>
    where === "profile"
      ? (await db.user.findUniqueOrThrow({ where: { id: w.author.id } })).name
      : String(where === "cohort" ? await db.cohort.count() : await db.organisation.count());
  return {
    name: `${where} name: ${JSON.stringify(describe)}`,
    send: async (w) => ({ ...request(w), ctx: { before: await state(w) } }),
    status: 400,
    message,
    check: async (w, req) => {
      expect(await state(w)).toBe(req.ctx!.before);
      if (where === "profile") expect(req.ctx!.before).toBe(w.author.name);
    },
  };
};
