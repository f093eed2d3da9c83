import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { factories } from "../factories";
import { startAppServer, type RunningApp } from "../setup/app-server";
import { makeCase } from "./forum-helpers";
import { cookieFor, get, post } from "./helpers/http";

// Decision 013: the course-wide space (/casussen) knows archived seasons too. A course-wide case
// belongs to no cohort, so someone whose every cohort is archived reads it but no longer writes:
// the same notice instead of the forms, the same 409 page for a reply or an edit sent anyway.

const make = factories(db);
let app: RunningApp;

beforeAll(async () => {
  app = await startAppServer(process.env.DATABASE_URL!);
}, 60_000);
afterAll(async () => app?.stop());

const NOTICE = "Deze groep is gearchiveerd";

async function world() {
  const facilitator = await make.user({ role: "FACILITATOR", name: "Fenna Begeleider" });
  const oud = await make.user({ name: "Olga Oud", domain: "SPORT" });
  const nieuw = await make.user({ name: "Nina Nieuw", domain: "WELZIJN" });
  const past = await make.cohort({ facilitatorId: facilitator.id, participantIds: [oud.id] });
  const running = await make.cohort({ facilitatorId: facilitator.id, participantIds: [nieuw.id] });
  await db.cohort.update({
    where: { id: past.id },
    data: { endsOn: new Date("2026-01-31"), archivedAt: new Date() },
  });
  const wide = await makeCase({ cohortId: null, authorId: oud.id, title: "Landelijke casus" });
  return { oud, nieuw, running, wide };
}

const replies = (caseId: string) => db.forumReply.count({ where: { caseId } });

describe("the course-wide space for someone whose every cohort is archived", () => {
  it("shows the thread read-only and refuses a reply and an edit with the archived page", async () => {
    const { oud, wide } = await world();
    const cookie = await cookieFor(oud.id);
    const space = await get(app, "/casussen", cookie);
    expect(space.status).toBe(200);
    expect(await space.text()).toContain(NOTICE);

    const thread = await get(app, `/casussen/${wide.id}`, cookie);
    const html = await thread.text();
    expect(thread.status).toBe(200);
    expect(html).toContain("Landelijke casus");
    expect(html).toContain(NOTICE);
    expect(html).not.toMatch(/name="intent" value="reply"|value="reply" name="intent"/);
    expect(html).not.toMatch(/<textarea\b/i);
    expect(html).not.toContain("bewerk=");

    const reply = await post(
      app,
      `/casussen/${wide.id}`,
      [
        ["intent", "reply"],
        ["body", "Toch nog een reactie na het seizoen."],
      ],
      cookie,
    );
    expect(reply.status).toBe(409);
    expect(await reply.text()).toContain(NOTICE);
    const edit = await post(
      app,
      `/casussen/${wide.id}`,
      [
        ["intent", "edit-case"],
        ["title", "Nieuwe titel"],
      ],
      cookie,
    );
    expect(edit.status).toBe(409);
    expect(await replies(wide.id)).toBe(0);
    expect((await db.forumCase.findUniqueOrThrow({ where: { id: wide.id } })).title).toBe(
      "Landelijke casus",
    );
  }, 60_000);

  it("still lets someone with a running cohort reply there (the check can fail)", async () => {
    const { nieuw, wide } = await world();
    const cookie = await cookieFor(nieuw.id);
    const html = await (await get(app, `/casussen/${wide.id}`, cookie)).text();
    expect(html).not.toContain(NOTICE);
    expect(html).toMatch(/<textarea\b/i);
    const reply = await post(
      app,
      `/casussen/${wide.id}`,
      [
        ["intent", "reply"],
        ["body", "Bij ons werkt een vast maatje goed."],
      ],
      cookie,
    );
    expect(reply.status).toBe(302);
    expect(await replies(wide.id)).toBe(1);
  }, 60_000);
});
