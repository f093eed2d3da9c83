import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { createInvitation } from "~/modules/auth/invitations.server";
import { formTandem, writeTandemHalf } from "~/modules/cohorts/tandem.server";
import { factories } from "../factories";
import { startAppServer, type RunningApp } from "../setup/app-server";
import { makeCase } from "./forum-helpers";
import { cookieFor, get } from "./helpers/http";

// Issue 15b: the pages of an archived cohort do not show the forms the server would refuse
// (so nobody types a reflection or a reply and loses it to the 409 page); they say why instead.

const make = factories(db);
let app: RunningApp;

beforeAll(async () => {
  app = await startAppServer(process.env.DATABASE_URL!);
}, 60_000);
afterAll(async () => app?.stop());

const NOTICE = "Deze groep is gearchiveerd";

/** Forms an archived cohort's pages may still show: the server allows them (see refuseArchivedChange). */
const ALLOWED_ACTIONS = new Set(["/uitloggen", "/taal"]);
const ALLOWED_INTENTS = new Set([
  "read",
  "follow",
  "unfollow",
  "report",
  "hide",
  "restore",
  "resolve",
  "delete",
  "forget-history",
]);

/** Every POST form of a page, named by its action or intent (or "?" when it has neither). */
function postForms(html: string): string[] {
  const forms = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)];
  return forms
    .filter(([, attributes]) => /method="post"/i.test(attributes ?? ""))
    .map(([, attributes, body]) => {
      const action = /action="([^"]*)"/i.exec(attributes ?? "")?.[1];
      if (action && ALLOWED_ACTIONS.has(action)) return action;
      const intent =
        /name="intent" value="([^"]*)"/i.exec(body ?? "")?.[1] ??
        /value="([^"]*)" name="intent"/i.exec(body ?? "")?.[1] ??
        /name="intent"[^>]*value="([^"]*)"/i.exec(body ?? "")?.[1];
      return intent ?? `? ${(body ?? "").replace(/<[^>]+>/g, " ").slice(0, 80)}`;
    });
}

const refusedForms = (html: string) =>
  postForms(html).filter((form) => !ALLOWED_ACTIONS.has(form) && !ALLOWED_INTENTS.has(form));

async function archivedCohort() {
  const facilitator = await make.user({ role: "FACILITATOR", name: "Fenna Begeleider" });
  const anna = await make.user({ name: "Anna Aksoy", domain: "SPORT" });
  const bram = await make.user({ name: "Bram Bos", domain: "WELZIJN" });
  // Carl and Dina have no tandem yet: Carl could choose Dina, the facilitator could pair them.
  const carl = await make.user({ name: "Carl Claes", domain: "SPORT" });
  const dina = await make.user({ name: "Dina Dekker", domain: "ZORG" });
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: [anna.id, bram.id, carl.id, dina.id],
    name: "Groep Archief",
  });
  await db.cohort.update({ where: { id: cohort.id }, data: { tandemRequired: true } });
  expect(await formTandem({ cohortId: cohort.id, firstId: anna.id, secondId: bram.id })).toBe("ok");
  await writeTandemHalf({
    cohortId: cohort.id,
    userId: bram.id,
    saw: "Een training onder 10 met veel ouders langs de lijn.",
    takes: "Ik vraag voortaan eerst wat het kind zelf wil.",
  });
  await make.courseCompletion({
    cohortId: cohort.id,
    userId: anna.id,
    recordedById: facilitator.id,
  });
  const forumCase = await makeCase({ cohortId: cohort.id, authorId: anna.id });
  await db.forumReply.create({
    data: {
      caseId: forumCase.id,
      authorId: bram.id,
      authorDomain: "WELZIJN",
      body: "Herkenbaar, bij ons ook.",
    },
  });
  await db.reflection.create({
    data: {
      userId: bram.id,
      cohortId: cohort.id,
      reflectionId: "kern/teamprocessen/van-groep-naar-team/m4-reflectie-1",
      moduleKey: "kern/teamprocessen",
      text: "Mijn team zit in de stormfase.",
    },
  });
  await createInvitation({ createdById: facilitator.id, cohortId: cohort.id, validDays: 14 });
  await createInvitation({
    createdById: facilitator.id,
    cohortId: cohort.id,
    email: "wacht@example.org",
    validDays: 14,
  });
  await db.localQuestion.create({
    data: {
      cohortId: cohort.id,
      position: 1,
      type: "open",
      wording: "Wat vond je van de kantine?",
    },
  });
  await db.cohort.update({
    where: { id: cohort.id },
    data: {
      endsOn: new Date("2026-01-31"),
      evaluationOpenedAt: new Date(),
      archivedAt: new Date(),
    },
  });
  return { facilitator, anna, bram, carl, cohort, forumCase };
}

describe("the pages of an archived cohort", () => {
  it("show the archived notice instead of the forms the server would refuse", async () => {
    const { facilitator, anna, bram, carl, cohort, forumCase } = await archivedCohort();
    const base = `/groepen/${cohort.id}`;
    const staff = await cookieFor(facilitator.id);
    const author = await cookieFor(anna.id);
    const participant = await cookieFor(bram.id);
    const unpaired = await cookieFor(carl.id);
    const lesson = `${base}/cursus/kern/teamprocessen/van-groep-naar-team`;
    const thread = `${base}/casussen/${forumCase.id}`;
    const pages: [string, string, string][] = [
      ["cohort page (staff)", staff, base],
      ["lesson", participant, lesson],
      ["forum space", participant, `${base}/casussen`],
      ["forum space (staff)", staff, `${base}/casussen`],
      [
        "new case",
        participant,
        `${base}/casussen/nieuw?reflectie=kern/teamprocessen/van-groep-naar-team/m4-reflectie-1`,
      ],
      ["thread (reader)", participant, thread],
      ["thread (case author)", author, thread],
      ["thread (case author, edit link)", author, `${thread}?bewerk=casus`],
      ["thread (staff)", staff, thread],
      ["invitations", staff, `${base}/uitnodigen`],
      ["bulk invitations", staff, `${base}/uitnodigen/lijst`],
      ["certificates", staff, `${base}/certificaten`],
      ["announcements", staff, `${base}/berichten`],
      ["social map", participant, `${base}/sociale-kaart`],
      ["social map (staff)", staff, `${base}/sociale-kaart`],
      ["evaluation", participant, `${base}/evaluatie`],
      ["own questions", staff, `${base}/evaluatie/vragen`],
      ["course run", staff, `${base}/cursus/indeling`],
      ["own certificate", participant, `${base}/certificaat`],
      ["evaluation open/close (staff)", staff, `${base}/evaluatie/beheer`],
      ["tandem (paired)", participant, `${base}/tandem`],
      ["tandem (unpaired)", unpaired, `${base}/tandem`],
      ["tandem (staff)", staff, `${base}/tandem`],
    ];
    const problems: string[] = [];
    const html: Record<string, string> = {};
    for (const [name, cookie, path] of pages) {
      const response = await get(app, path, cookie);
      const text = await response.text();
      html[name] = text;
      if (response.status !== 200) problems.push(`${name}: status ${response.status}`);
      if (!text.includes(NOTICE)) problems.push(`${name}: no archived notice`);
      const refused = refusedForms(text);
      if (refused.length) problems.push(`${name}: forms ${refused.join(", ")}`);
      if (/<textarea\b/i.test(text)) problems.push(`${name}: a text area to type into`);
    }
    expect(problems, "pages of an archived cohort that still invite a change").toEqual([]);

    // What may still be done is still there, and reading shows what was written.
    expect(postForms(html["thread (reader)"]!)).toContain("follow");
    expect(html["lesson"]).toContain("Mijn team zit in de stormfase.");
    expect(html["lesson"]).not.toContain("/casussen/nieuw");
    expect(html["forum space"]).not.toContain(`href="${base}/casussen/nieuw"`);
    expect(html["thread (case author)"]).not.toContain("bewerk=");
    expect(html["thread (reader)"]).toContain("Herkenbaar, bij ons ook.");
    expect(html["cohort page (staff)"]).toContain("Bram Bos");
    expect(html["certificates"]).toContain("Bram Bos");
    expect(html["own questions"]).toContain("Wat vond je van de kantine?");
    expect(html["tandem (paired)"]).toContain("Ik vraag voortaan eerst wat het kind zelf wil.");
    expect(html["tandem (staff)"]).toContain("Ik vraag voortaan eerst wat het kind zelf wil.");
  }, 120_000);

  it("still show their forms while the cohort is not archived (the check can fail)", async () => {
    const { facilitator, bram, carl, cohort } = await archivedCohort();
    await db.cohort.update({ where: { id: cohort.id }, data: { archivedAt: null } });
    const base = `/groepen/${cohort.id}`;
    const staff = await cookieFor(facilitator.id);
    const participant = await cookieFor(bram.id);
    const formsOf = async (cookie: string, path: string) =>
      refusedForms(await (await get(app, `${base}${path}`, cookie)).text());
    expect(await formsOf(participant, "/tandem")).toEqual(["half"]);
    expect(await formsOf(await cookieFor(carl.id), "/tandem")).toEqual(["choose"]);
    expect(await formsOf(staff, "/tandem")).toEqual(["unpair", "pair"]);
    expect(await formsOf(staff, "/evaluatie/beheer")).toHaveLength(1);
    expect(await formsOf(participant, "/certificaat")).toHaveLength(1);
    const lesson = await (
      await get(app, `${base}/cursus/kern/teamprocessen/van-groep-naar-team`, participant)
    ).text();
    expect(lesson).not.toContain(NOTICE);
    expect(postForms(lesson)).toEqual(expect.arrayContaining(["reflection", "check", "done"]));
    const run = await (await get(app, `${base}/cursus/indeling`, staff)).text();
    expect(refusedForms(run).length).toBeGreaterThan(0);
    const invite = await (await get(app, `${base}/uitnodigen`, staff)).text();
    expect(postForms(invite)).toEqual(expect.arrayContaining(["link", "email", "revoke"]));
  }, 60_000);
});
