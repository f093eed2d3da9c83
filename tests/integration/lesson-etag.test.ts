import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { factories } from "../factories";
import { postForm, startAppServer, type RunningApp } from "../setup/app-server";
import { sessionCookieFor } from "../setup/call-route";

const make = factories(db);
let app: RunningApp;

beforeAll(async () => {
  app = await startAppServer(process.env.DATABASE_URL!);
}, 90_000);
afterAll(async () => app?.stop());

// Issue 20: a lesson page answers a conditional request with 304 while nothing changed for that person.
describe("lesson pages and conditional requests", () => {
  it("answers 304 to the same person's repeated visit, and a full page once their progress or another person differs", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const [anna, bram] = await Promise.all([
      make.user({ name: "Anna Jansen" }),
      make.user({ name: "Bram Peters" }),
    ]);
    const cohort = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [anna.id, bram.id],
    });
    const version = await make.coreVersion();
    const module = version.files.core[0];
    const path = `/groepen/${cohort.id}/cursus/${module.key}/${module.lessons[0].slug}`;
    const annaCookie = await sessionCookieFor(anna.id);
    const get = (cookie: string, etag?: string) =>
      fetch(`${app.url}${path}`, {
        headers: { Cookie: cookie, ...(etag ? { "If-None-Match": etag } : {}) },
        redirect: "manual",
      });

    const first = await get(annaCookie);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain(module.lessons[0].title);
    const etag = first.headers.get("ETag");
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get("Cache-Control")).toBe("private, no-cache");

    const again = await get(annaCookie, etag!);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    // The kept page's scripts carry the first response's nonce: a 304 leaves the stored policy alone.
    expect(first.headers.get("Content-Security-Policy")).toContain("nonce-");
    expect(again.headers.get("Content-Security-Policy")).toBeNull();

    // Another person with Anna's ETag gets their own page.
    const bramPage = await get(await sessionCookieFor(bram.id), etag!);
    expect(bramPage.status).toBe(200);
    expect(bramPage.headers.get("ETag")).not.toBe(etag);

    // Anna finishes the lesson: the page changed for her.
    await db.lessonProgress.create({
      data: {
        userId: anna.id,
        cohortId: cohort.id,
        moduleKey: module.key,
        lessonSlug: module.lessons[0].slug,
      },
    });
    const afterProgress = await get(annaCookie, etag!);
    expect(afterProgress.status).toBe(200);
    expect(afterProgress.headers.get("ETag")).not.toBe(etag);
  });

  it("answers 304 until the person saves a reflection, then the page and its data with the reflection", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const anna = await make.user({ name: "Anna de Vries" });
    const cohort = await make.cohort({ facilitatorId: facilitator.id, participantIds: [anna.id] });
    const version = await make.coreVersion();
    const module = version.files.core[0];
    const lesson = module.lessons[0];
    const path = `/groepen/${cohort.id}/cursus/${module.key}/${lesson.slug}`;
    const cookie = await sessionCookieFor(anna.id);
    const get = (url: string, etag?: string | null) =>
      fetch(`${app.url}${url}`, {
        headers: { Cookie: cookie, ...(etag ? { "If-None-Match": etag } : {}) },
        redirect: "manual",
      });
    // A client navigation asks for the lesson's loader data alone.
    const dataPath = `${path}?_data=${encodeURIComponent("routes/groepen_.$cohortId_.cursus.$kind.$module.$lesson")}`;

    const page = await get(path);
    const data = await get(dataPath);
    expect([page.status, data.status]).toEqual([200, 200]);
    const [pageTag, dataTag] = [page.headers.get("ETag"), data.headers.get("ETag")];
    expect(dataTag).toMatch(/^W\/".+"$/);
    expect(data.headers.get("Cache-Control")).toBe("private, no-cache");
    expect((await get(path, pageTag)).status).toBe(304);
    expect((await get(dataPath, dataTag)).status).toBe(304);

    const reflectionId = (await page.text()).match(/name="reflectionId" value="([^"]+)"/)?.[1];
    expect(reflectionId, "the lesson has a reflection form").toBeTruthy();
    const saved = await postForm(
      app,
      path,
      {
        intent: "reflection",
        reflectionId: reflectionId!,
        text: "Mijn team groeit door de sport.",
      },
      { Cookie: cookie },
    );
    expect(saved.status).toBeLessThan(400);

    const pageAfter = await get(path, pageTag);
    expect(pageAfter.status).toBe(200);
    expect(pageAfter.headers.get("ETag")).not.toBe(pageTag);
    expect(await pageAfter.text()).toContain("Mijn team groeit door de sport.");
    const dataAfter = await get(dataPath, dataTag);
    expect(dataAfter.status).toBe(200);
    expect(dataAfter.headers.get("ETag")).not.toBe(dataTag);
    expect(await dataAfter.text()).toContain("Mijn team groeit door de sport.");
    // And the new page is again answered with 304.
    expect((await get(path, pageAfter.headers.get("ETag"))).status).toBe(304);
  });
});
