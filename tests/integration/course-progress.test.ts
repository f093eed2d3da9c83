import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { queryCount } from "~/utils/query-count.server";
import * as lessonRoute from "~/routes/groepen_.$cohortId_.cursus.$kind.$module.$lesson";
import * as overviewRoute from "~/routes/groepen_.$cohortId_.cursus._index";
import * as dashboardRoute from "~/routes/groepen.$cohortId.overzicht";
import { createSession, sessionCookie } from "~/modules/auth/session.server";
import { factories } from "../factories";
import { asUser } from "./course-helpers";

const make = factories(db);

async function setup() {
  const facilitator = await make.user({ role: "FACILITATOR", name: "Marieke de Vries" });
  const a = await make.user({ name: "Anna Aksoy" });
  const b = await make.user({ name: "Bram Bos" });
  const cohort = await make.cohort({ facilitatorId: facilitator.id, participantIds: [a.id, b.id] });
  return { facilitator, a, b, cohort };
}

const lessonPath = (cohortId: string, slug: string) => ({
  path: `/groepen/${cohortId}/cursus/kern/teamprocessen/${slug}`,
  params: { cohortId, kind: "kern", module: "teamprocessen", lesson: slug },
});

describe("learning progress", () => {
  it("a lesson marked as done stays done, and the facilitator sees it", async () => {
    const { facilitator, a, cohort } = await setup();
    const where = lessonPath(cohort.id, "van-groep-naar-team");
    const posted = await asUser(a.id, lessonRoute.action, { ...where, form: { intent: "done" } });
    expect(posted.status).toBe(302);
    await asUser(a.id, lessonRoute.action, { ...where, form: { intent: "done" } });
    expect(await db.lessonProgress.count({ where: { userId: a.id } })).toBe(1);

    const page = await (await asUser(a.id, lessonRoute.loader, where)).json();
    expect(page.lesson).toMatchObject({ title: "Van groep naar team", done: true });

    const table = await (
      await asUser(facilitator.id, dashboardRoute.loader, {
        path: `/groepen/${cohort.id}/overzicht`,
        params: { cohortId: cohort.id },
      })
    ).json();
    const anna = table.rows.find((person: { name: string }) => person.name === "Anna Aksoy");
    expect(anna.done["kern/teamprocessen"]).toBe(1);
    expect(
      table.modules.find(
        (module: { moduleKey: string }) => module.moduleKey === "kern/teamprocessen",
      ).lessonCount,
    ).toBe(3);
    const overview = await (
      await asUser(a.id, overviewRoute.loader, {
        path: `/groepen/${cohort.id}/cursus`,
        params: { cohortId: cohort.id },
      })
    ).json();
    expect(
      overview.modules.find((module: { key: string }) => module.key === "kern/teamprocessen")
        .progress,
    ).toEqual({ done: 1, total: 3 });
  });

  it("answering a Kennischeck stores the answer, judges it on the server and marks the lesson done", async () => {
    const { a, cohort } = await setup();
    const where = lessonPath(cohort.id, "rollen-in-het-team");
    expect(
      (
        await asUser(a.id, lessonRoute.action, {
          ...where,
          form: { intent: "check", checkId: "m4-check-1", option: "2" },
        })
      ).status,
    ).toBe(302);
    const answer = await db.checkAnswer.findFirstOrThrow({ where: { userId: a.id } });
    expect(answer).toMatchObject({
      optionIndex: 2,
      correct: true,
      moduleKey: "kern/teamprocessen",
    });
    await asUser(a.id, lessonRoute.action, {
      ...where,
      form: { intent: "check", checkId: "m4-check-1", option: "0" },
    });
    expect(await db.checkAnswer.findFirstOrThrow({ where: { userId: a.id } })).toMatchObject({
      optionIndex: 0,
      correct: false,
    });
    const page = await (await asUser(a.id, lessonRoute.loader, where)).json();
    expect(page.answers).toEqual({ "m4-check-1": 0 });
    expect(page.lesson.done).toBe(true);

    const none = await asUser(a.id, lessonRoute.action, {
      ...where,
      form: { intent: "check", checkId: "m4-check-1" },
    });
    expect(none.status).toBe(400);
    expect(await none.json()).toEqual({
      target: "kennischeck-m4-check-1",
      error: "course.kennischeck.errors.choose",
    });
    expect(
      (
        await asUser(a.id, lessonRoute.action, {
          ...where,
          form: { intent: "check", checkId: "verzonnen", option: "0" },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await asUser(a.id, lessonRoute.action, {
          ...where,
          form: { intent: "check", checkId: "m4-check-1", option: "7" },
        })
      ).status,
    ).toBe(400);
  });
});

describe("a learner cannot read or change another learner's progress or reflections", () => {
  it("sees only their own state, even when the form names the other learner", async () => {
    const { a, b, cohort } = await setup();
    const where = lessonPath(cohort.id, "van-groep-naar-team");
    await asUser(b.id, lessonRoute.action, {
      ...where,
      form: {
        intent: "reflection",
        reflectionId: "m4-reflectie-1",
        text: "Bram schrijft iets persoonlijks over zijn team.",
      },
    });
    await asUser(b.id, lessonRoute.action, { ...where, form: { intent: "done" } });

    const asA = await asUser(a.id, lessonRoute.loader, where);
    const body = await asA.text();
    expect(body).not.toContain("Bram schrijft iets persoonlijks");
    expect(JSON.parse(body)).toMatchObject({ reflections: {}, lesson: { done: false } });

    // A crafts requests that name B: the server uses the session user, never a user id from the form.
    await asUser(a.id, lessonRoute.action, {
      ...where,
      form: {
        intent: "reflection",
        reflectionId: "m4-reflectie-1",
        text: "Overschreven door Anna",
        userId: b.id,
      },
    });
    await asUser(a.id, lessonRoute.action, { ...where, form: { intent: "done", userId: b.id } });
    const reflectionOfB = await db.reflection.findFirstOrThrow({ where: { userId: b.id } });
    expect(reflectionOfB.text).toBe("Bram schrijft iets persoonlijks over zijn team.");
    expect(await db.reflection.findFirstOrThrow({ where: { userId: a.id } })).toMatchObject({
      text: "Overschreven door Anna",
    });
    expect(await db.lessonProgress.count({ where: { userId: b.id } })).toBe(1);

    // The facilitator's progress page is closed to participants.
    expect(
      (
        await asUser(a.id, dashboardRoute.loader, {
          path: `/groepen/${cohort.id}/overzicht`,
          params: { cohortId: cohort.id },
        })
      ).status,
    ).toBe(403);
  });

  it("cannot read or post lessons of a cohort they are not in", async () => {
    const { a } = await setup();
    const other = await setup();
    const where = lessonPath(other.cohort.id, "van-groep-naar-team");
    expect((await asUser(a.id, lessonRoute.loader, where)).status).toBe(403);
    expect(
      (await asUser(a.id, lessonRoute.action, { ...where, form: { intent: "done" } })).status,
    ).toBe(403);
    expect(await db.lessonProgress.count({ where: { cohortId: other.cohort.id } })).toBe(0);
    expect((await asUser(null, lessonRoute.loader, where)).status).toBe(302);
  });
});

describe("lesson page cost", () => {
  it("serves a cached lesson with at most 4 database queries and no compile", async () => {
    const { a, cohort } = await setup();
    const where = lessonPath(cohort.id, "rollen-in-het-team");
    const first = await (await asUser(a.id, lessonRoute.loader, where)).json();
    const compiledRows = await db.compiledContent.count();
    const { token } = await createSession(a.id);
    const request = new Request(`http://localhost:3000${where.path}`, {
      headers: { Cookie: await sessionCookie.serialize(token) },
    });
    const before = queryCount();
    const second = await (
      await lessonRoute.loader({
        request,
        params: where.params,
        context: { clientIp: "127.0.0.1" },
      })
    ).json();
    // Session (2 queries: session + user), membership, then run rows and own state in one.
    expect(queryCount() - before).toBeLessThanOrEqual(4);
    expect(second.lessonModule).toMatch(/^\/lescode\//);
    expect(second.lessonModule).toBe(first.lessonModule);
    expect(await db.compiledContent.count()).toBe(compiledRows);
  });
});
