import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as cohortRoute from "~/routes/groepen.$cohortId._index";
import * as announcementsRoute from "~/routes/groepen.$cohortId.berichten";
import * as attendanceRoute from "~/routes/groepen.$cohortId.bijeenkomsten.$eveningId.aanwezigheid";
import * as apologyRoute from "~/routes/groepen.$cohortId.bijeenkomsten.$eveningId.afmelden";
import * as editEveningRoute from "~/routes/groepen.$cohortId.bijeenkomsten.$eveningId.bewerken";
import * as eveningsRoute from "~/routes/groepen.$cohortId.bijeenkomsten._index";
import * as myCertificateRoute from "~/routes/groepen.$cohortId.certificaat";
import * as certificatesRoute from "~/routes/groepen.$cohortId.certificaten";
import * as settingsRoute from "~/routes/groepen.$cohortId.instellingen";
import * as socialMapRoute from "~/routes/groepen.$cohortId.sociale-kaart";
import * as inviteRoute from "~/routes/groepen.$cohortId.uitnodigen";
import * as inviteListRoute from "~/routes/groepen.$cohortId.uitnodigen_.lijst";
import * as threadRoute from "~/routes/groepen_.$cohortId_.casussen.$caseId";
import * as newCaseRoute from "~/routes/groepen_.$cohortId_.casussen.nieuw";
import * as lessonRoute from "~/routes/groepen_.$cohortId_.cursus.$kind.$module.$lesson";
import * as runRoute from "~/routes/groepen_.$cohortId_.cursus.indeling";
import * as evaluationRoute from "~/routes/groepen_.$cohortId_.evaluatie";
import * as evaluationWindowRoute from "~/routes/groepen_.$cohortId_.evaluatie_.beheer";
import * as localQuestionsRoute from "~/routes/groepen_.$cohortId_.evaluatie_.vragen";
import * as invitationRoute from "~/routes/uitnodiging.$token";
import { request } from "./cohorts-helpers";
import { archivedCohort } from "./season-archived-helpers";

// Issue 15: an archived cohort is read-only for every state-changing action,
// not only the new ones; reports and exports keep working.
// Reading, exports and un-archiving: season-archived-reading.test.ts.

/** Everything the write actions below could have changed. */
async function snapshot(cohortId: string) {
  const [
    cohort,
    members,
    lessons,
    reflections,
    answers,
    cases,
    replies,
    invitations,
    evenings,
    attendance,
    apologies,
    certificates,
    announcements,
    socialMaps,
    drafts,
    questions,
    modules,
    users,
    mails,
  ] = await Promise.all([
    db.cohort.findUniqueOrThrow({
      where: { id: cohortId },
      select: {
        name: true,
        capacity: true,
        evaluationOpenedAt: true,
        crossSectorCase: true,
        archivedAt: true,
      },
    }),
    db.cohortMember.findMany({
      where: { cohortId },
      select: { userId: true, role: true, removedAt: true },
      orderBy: { userId: "asc" },
    }),
    db.lessonProgress.count({ where: { cohortId } }),
    db.reflection.count({ where: { cohortId } }),
    db.checkAnswer.count({ where: { cohortId } }),
    db.forumCase.findMany({
      where: { OR: [{ cohortId }, { cohortId: null }] },
      select: { id: true, title: true, lockedAt: true },
    }),
    db.forumReply.count(),
    db.invitation.count({ where: { cohortId } }),
    db.evening.findMany({
      where: { cohortId },
      select: { id: true, topic: true, place: true, cancelledAt: true, sequence: true },
      orderBy: { id: "asc" },
    }),
    db.attendance.count({ where: { evening: { cohortId } } }),
    db.eveningApology.count({ where: { evening: { cohortId } } }),
    db.certificate.count({ where: { cohortId } }),
    db.announcement.count({ where: { cohortId } }),
    db.socialMap.count({ where: { cohortId } }),
    db.evaluationDraft.count({ where: { cohortId } }),
    db.localQuestion.count({ where: { cohortId } }),
    db.cohortModule.findMany({
      where: { cohortId },
      select: { moduleKey: true, position: true, required: true },
      orderBy: { position: "asc" },
    }),
    db.user.count(),
    db.outboxMail.count(),
  ]);
  return {
    cohort,
    members,
    lessons,
    reflections,
    answers,
    cases,
    replies,
    invitations,
    evenings,
    attendance,
    apologies,
    certificates,
    announcements,
    socialMaps,
    drafts,
    questions,
    modules,
    users,
    mails,
  };
}

describe("an archived cohort is read-only", () => {
  it("refuses every state-changing action with 409 and the Dutch message, and nothing changes", async () => {
    const { facilitator, anna, bram, outsider, cohort, future, forumCase, token } =
      await archivedCohort();
    const id = cohort.id;
    const at = (path: string, extra: Record<string, string> = {}) => ({
      path: `/groepen/${id}${path}`,
      params: { cohortId: id, ...extra },
    });
    const lesson = at("/cursus/kern/teamprocessen/van-groep-naar-team", {
      kind: "kern",
      module: "teamprocessen",
      lesson: "van-groep-naar-team",
    });
    const before = await snapshot(id);

    const attempts: [string, string, unknown, ReturnType<typeof at>, Record<string, string>][] = [
      ["lesson done", bram.id, lessonRoute.action, lesson, { intent: "done" }],
      [
        "kennischeck",
        bram.id,
        lessonRoute.action,
        lesson,
        { intent: "check", checkId: "m4-check-1", option: "2" },
      ],
      [
        "reflection",
        bram.id,
        lessonRoute.action,
        lesson,
        { intent: "reflection", reflectionId: "r1", text: "Wat ik leerde" },
      ],
      [
        "new case",
        bram.id,
        newCaseRoute.action,
        at("/casussen/nieuw"),
        {
          title: "Een nieuwe casus",
          situation: "Er gebeurde iets op de training.",
          whatIDid: "Ik heb gepraat.",
          question: "Wat nu?",
          themes: "teamprocessen",
        },
      ],
      [
        "reply",
        bram.id,
        threadRoute.action,
        at(`/casussen/${forumCase.id}`, { caseId: forumCase.id }),
        { intent: "reply", body: "Herkenbaar, bij ons ook." },
      ],
      [
        "edit case",
        anna.id,
        threadRoute.action,
        at(`/casussen/${forumCase.id}`, { caseId: forumCase.id }),
        {
          intent: "edit-case",
          title: "Andere titel",
          situation: "Anders verteld.",
          whatIDid: "Iets anders.",
          question: "En nu?",
        },
      ],
      [
        "lock case",
        facilitator.id,
        threadRoute.action,
        at(`/casussen/${forumCase.id}`, { caseId: forumCase.id }),
        { intent: "lock" },
      ],
      [
        "invitation link",
        facilitator.id,
        inviteRoute.action,
        at("/uitnodigen"),
        { intent: "link", validDays: "14" },
      ],
      [
        "invitation mail",
        facilitator.id,
        inviteRoute.action,
        at("/uitnodigen"),
        { intent: "email", email: "nieuw@example.org" },
      ],
      [
        "bulk invitations",
        facilitator.id,
        inviteListRoute.action,
        at("/uitnodigen/lijst"),
        { intent: "invite", list: "een@example.org\ntwee@example.org" },
      ],
      [
        "attendance",
        facilitator.id,
        attendanceRoute.action,
        at(`/bijeenkomsten/${future.id}/aanwezigheid`, { eveningId: future.id }),
        { [`status-${bram.id}`]: "PRESENT" },
      ],
      [
        "plan evening",
        facilitator.id,
        eveningsRoute.action,
        at("/bijeenkomsten"),
        {
          date: "2027-02-01",
          startTime: "19:30",
          endTime: "21:30",
          place: "Kantine",
          topic: "Extra avond",
        },
      ],
      [
        "edit evening",
        facilitator.id,
        editEveningRoute.action,
        at(`/bijeenkomsten/${future.id}/bewerken`, { eveningId: future.id }),
        {
          intent: "edit",
          date: "2027-02-02",
          startTime: "19:30",
          endTime: "21:30",
          place: "Elders",
          topic: "Verplaatst",
        },
      ],
      [
        "cancel evening",
        facilitator.id,
        editEveningRoute.action,
        at(`/bijeenkomsten/${future.id}/bewerken`, { eveningId: future.id }),
        { intent: "cancel", reason: "Te weinig aanmeldingen" },
      ],
      [
        "delete evening",
        facilitator.id,
        editEveningRoute.action,
        at(`/bijeenkomsten/${future.id}/bewerken`, { eveningId: future.id }),
        { intent: "delete" },
      ],
      [
        "apology",
        bram.id,
        apologyRoute.action,
        at(`/bijeenkomsten/${future.id}/afmelden`, { eveningId: future.id }),
        { reason: "Ziek" },
      ],
      [
        "certificate by hand",
        facilitator.id,
        certificatesRoute.action,
        at("/certificaten"),
        { intent: "issue", userId: bram.id, reason: "Heeft alles gedaan" },
      ],
      ["own certificate", anna.id, myCertificateRoute.action, at("/certificaat"), {}],
      [
        "announcement",
        facilitator.id,
        announcementsRoute.action,
        at("/berichten"),
        { title: "Nieuws", body: "Er is nieuws voor de groep." },
      ],
      ["social map", bram.id, socialMapRoute.action, at("/sociale-kaart"), { intent: "own" }],
      [
        "remove participant",
        facilitator.id,
        cohortRoute.action,
        at(""),
        { intent: "remove", userId: bram.id },
      ],
      [
        "settings",
        facilitator.id,
        settingsRoute.action,
        at("/instellingen"),
        {
          intent: "settings",
          name: "Andere naam",
          place: "Hengelo",
          startsOn: "2025-09-01",
          endsOn: "2026-01-31",
          minEvenings: "0",
        },
      ],
      [
        "course run",
        facilitator.id,
        runRoute.action,
        at("/cursus/indeling"),
        { intent: "cross-sector-on" },
      ],
      ["evaluation draft", bram.id, evaluationRoute.action, at("/evaluatie"), { intent: "save" }],
      [
        "open evaluation",
        facilitator.id,
        evaluationWindowRoute.action,
        at("/evaluatie/beheer"),
        { intent: "open" },
      ],
      [
        "local question",
        facilitator.id,
        localQuestionsRoute.action,
        at("/evaluatie/vragen"),
        { wording: "Wat vond je van de kantine?", type: "OPEN" },
      ],
    ];
    const refused: string[] = [];
    for (const [name, userId, handler, where, form] of attempts) {
      const response = await request(userId, handler, { ...where, form });
      const text = await response.text();
      if (response.status !== 409 || !text.includes("Deze groep is gearchiveerd"))
        refused.push(`${name}: ${response.status} ${text.slice(0, 120)}`);
    }
    expect(refused, "actions that were not refused as archived").toEqual([]);

    // Joining through an invitation link: the page says so, joining and signing up are refused.
    const page = await request(outsider.id, invitationRoute.loader, {
      path: `/uitnodiging/${token}`,
      params: { token },
    });
    expect(page.status).toBe(410);
    expect((await page.json()).invitation.state).toBe("archived");
    const join = await request(outsider.id, invitationRoute.action, {
      path: `/uitnodiging/${token}`,
      params: { token },
      form: {},
    });
    expect((await join.json()).formError.key).toBe("cohorts.join.archived");
    const signup = await request(null, invitationRoute.action, {
      path: `/uitnodiging/${token}`,
      params: { token },
      form: {
        name: "Nina Nieuw",
        email: "nina@example.org",
        password: "goed wachtwoord",
        domain: "SPORT",
        volunteerRole: "trainer",
      },
    });
    expect(signup.status).toBe(400);
    expect((await signup.json()).formError.key).toBe("cohorts.join.archived");

    expect(await snapshot(id)).toEqual(before);
  }, 60_000);
});
