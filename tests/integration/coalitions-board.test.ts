import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as timeline from "~/routes/coalities.$coalitionId.tijdlijn";
import * as measurements from "~/routes/coalities.$coalitionId.metingen";
import { coalitionWorld, request } from "./coalitions-helpers";

type World = Awaited<ReturnType<typeof coalitionWorld>>;

async function post(w: World, userId: string, form: Record<string, string>) {
  return request(userId, timeline.action, {
    path: `/coalities/${w.coalition.id}/tijdlijn`,
    params: { coalitionId: w.coalition.id },
    form,
  });
}
async function board(w: World, userId: string, query = "") {
  return (
    await request(userId, timeline.loader, {
      path: `/coalities/${w.coalition.id}/tijdlijn${query}`,
      params: { coalitionId: w.coalition.id },
    })
  ).json();
}

/** The three partners' people build one board: an event, and notes of all three kinds. */
async function buildBoard(
  w: World,
  year: number,
  extra: { aspect: string; kind: string; who: string }[] = [],
) {
  expect(
    (
      await post(w, w.clubAdmin.id, {
        intent: "start",
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
      })
    ).status,
  ).toBe(200);
  expect(
    (
      await post(w, w.welfareAdmin.id, {
        intent: "event",
        date: `${year}-03-10`,
        title: `Eerste sportinstuif ${year}`,
      })
    ).status,
  ).toBe(200);
  const { board: open } = await board(w, w.clubAdmin.id);
  const eventId = open.events[0].id;
  expect(
    (
      await post(w, w.clubAdmin.id, {
        intent: "note",
        target: eventId,
        kind: "POSITIEF",
        aspect: "relatie",
        text: "Veel jongeren kwamen kijken.",
        showName: "on",
      })
    ).status,
  ).toBe(200);
  expect(
    (
      await post(w, w.welfareAdmin.id, {
        intent: "note",
        target: eventId,
        kind: "NEGATIEF",
        aspect: "belangen",
        text: "Wij wisten niet wat de club wilde.",
      })
    ).status,
  ).toBe(200);
  expect(
    (
      await post(w, w.townAdmin.id, {
        intent: "note",
        target: "datum",
        date: `${year}-06-01`,
        kind: "KWARTJE",
        aspect: "ambitie",
        text: "We willen allemaal hetzelfde.",
      })
    ).status,
  ).toBe(200);
  for (const note of extra) {
    const who = w[note.who as "clubAdmin" | "welfareAdmin" | "townAdmin"];
    expect(
      (
        await post(w, who.id, {
          intent: "note",
          target: "datum",
          date: `${year}-09-01`,
          kind: note.kind,
          aspect: note.aspect,
          text: "Nog een briefje.",
        })
      ).status,
    ).toBe(200);
  }
  expect(
    (
      await post(w, w.clubAdmin.id, {
        intent: "conclusions",
        conclusions: `Conclusie ${year}: belangen eerder uitspreken.`,
      })
    ).status,
  ).toBe(200);
}

describe("the timeline board", () => {
  it("shows notes of three kinds by date, signed with the organisation and the name only when chosen", async () => {
    const w = await coalitionWorld();
    await buildBoard(w, 2026);
    const { board: built } = await board(w, w.townAdmin.id);
    expect(built.counts).toEqual({ POSITIEF: 1, NEGATIEF: 1, KWARTJE: 1 });
    expect(built.days.map((day: { date: string }) => day.date)).toEqual([
      "2026-03-10",
      "2026-06-01",
    ]);
    const [march, june] = built.days;
    expect(
      march.events[0].notes.map(
        (note: { kind: string; org: { name: string }; authorName: string | null }) => [
          note.kind,
          note.org.name,
          note.authorName,
        ],
      ),
    ).toEqual([
      ["POSITIEF", "SV De Toekomst", "Coördinator Club"],
      ["NEGATIEF", "Welzijn Oost", null],
    ]);
    expect(june.notes[0]).toMatchObject({
      kind: "KWARTJE",
      aspect: "ambitie",
      org: { name: "Gemeente Hengelo" },
      authorName: null,
    });
    // The unsigned author's name travels nowhere in the page data.
    const text = JSON.stringify(await board(w, w.clubAdmin.id));
    expect(text).not.toContain("Beheerder Welzijn");
    expect(text).not.toContain("Beheerder Gemeente");
    expect(text).toContain(`Conclusie 2026`);
    // The full-screen view is the same page with the board only.
    expect((await board(w, w.clubAdmin.id, "?scherm=vol")).fullscreen).toBe(true);
  });

  it("answers bad input with Dutch errors at the field and refuses a note on another board's event", async () => {
    const w = await coalitionWorld();
    await buildBoard(w, 2026);
    const bad = await post(w, w.welfareAdmin.id, {
      intent: "note",
      target: "datum",
      date: "2026-13-45",
      kind: "ROOD",
      text: "",
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors).toMatchObject({
      kind: "coalitions.errors.kindRequired",
      text: "coalitions.errors.textRequired",
      date: "coalitions.errors.date",
    });
    const other = await coalitionWorld();
    await buildBoard(other, 2026);
    const { board: theirs } = await board(other, other.clubAdmin.id);
    const foreign = await post(w, w.welfareAdmin.id, {
      intent: "note",
      target: theirs.events[0].id,
      kind: "POSITIEF",
      text: "Hallo",
    });
    expect(foreign.status).toBe(400);
    expect(await db.timelineNote.count({ where: { eventId: theirs.events[0].id } })).toBe(2);
    const period = await post(w, w.clubAdmin.id, {
      intent: "start",
      periodStart: "2027-12-01",
      periodEnd: "2027-01-01",
    });
    expect([400, 409]).toContain(period.status);
    // Only the coordinator saves or writes conclusions.
    expect((await post(w, w.welfareAdmin.id, { intent: "save" })).status).toBe(403);
    expect(
      (await post(w, w.welfareAdmin.id, { intent: "conclusions", conclusions: "Ik ook" })).status,
    ).toBe(403);
  });

  it("saves boards as the 0- and 1-meting, frozen once saved, and compares them per aspect and per partner", async () => {
    const w = await coalitionWorld();
    await buildBoard(w, 2026);
    expect((await post(w, w.clubAdmin.id, { intent: "save" })).status).toBe(200);
    // Saved: no board is open, so a new note has nowhere to go.
    expect(
      (
        await post(w, w.welfareAdmin.id, {
          intent: "note",
          target: "datum",
          date: "2026-07-01",
          kind: "POSITIEF",
          text: "Te laat",
        })
      ).status,
    ).toBe(409);
    await buildBoard(w, 2027, [
      { aspect: "belangen", kind: "POSITIEF", who: "welfareAdmin" },
      { aspect: "belangen", kind: "POSITIEF", who: "clubAdmin" },
    ]);
    expect((await post(w, w.clubAdmin.id, { intent: "save" })).status).toBe(200);
    const saved = await db.timelineBoard.findMany({
      where: { coalitionId: w.coalition.id },
      orderBy: { number: "asc" },
      select: { number: true },
    });
    expect(saved.map((item) => item.number)).toEqual([0, 1]);

    const page = await (
      await request(w.townAdmin.id, measurements.loader, {
        path: `/coalities/${w.coalition.id}/metingen`,
        params: { coalitionId: w.coalition.id },
      })
    ).json();
    expect(page.measurements.map((item: { label: string }) => item.label)).toEqual([
      "0-meting",
      "1-meting",
    ]);
    expect(page.comparison.beforeLabel).toBe("0-meting");
    expect(page.comparison.afterLabel).toBe("1-meting");
    const interests = page.comparison.byAspect.find(
      (row: { key: string }) => row.key === "belangen",
    );
    expect(interests.before).toEqual({ POSITIEF: 0, NEGATIEF: 1, KWARTJE: 0 });
    expect(interests.after).toEqual({ POSITIEF: 2, NEGATIEF: 1, KWARTJE: 0 });
    const welfare = page.comparison.byPartner.find(
      (row: { label: string }) => row.label === "Welzijn Oost",
    );
    expect(welfare.before.POSITIEF).toBe(0);
    expect(welfare.after.POSITIEF).toBe(1);
    expect(page.comparison.after.conclusions).toContain("Conclusie 2027");
    // Another coalition's measurement ids compare nothing.
    const other = await coalitionWorld();
    await buildBoard(other, 2026);
    await post(other, other.clubAdmin.id, { intent: "save" });
    const theirs = await db.timelineBoard.findFirstOrThrow({
      where: { coalitionId: other.coalition.id },
      select: { id: true },
    });
    const tampered = await (
      await request(w.townAdmin.id, measurements.loader, {
        path: `/coalities/${w.coalition.id}/metingen?voor=${theirs.id}&na=${theirs.id}`,
        params: { coalitionId: w.coalition.id },
      })
    ).json();
    expect(tampered.comparison).toBeNull();
  });
});
