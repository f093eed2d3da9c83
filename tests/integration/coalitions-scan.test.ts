import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as overview from "~/routes/coalities.$coalitionId._index";
import * as scan from "~/routes/coalities.$coalitionId.scan";
import { ASPECTS } from "~/modules/coalitions/aspects";
import { scanResults } from "~/modules/coalitions/scan-results";
import { coalitionWorld, request } from "./coalitions-helpers";

type World = Awaited<ReturnType<typeof coalitionWorld>>;
const path = (w: World) => `/coalities/${w.coalition.id}/scan`;
const answers = (score: number, why: string) =>
  Object.fromEntries(
    ASPECTS.flatMap((aspect) => [
      [`score-${aspect}`, String(score)],
      [`why-${aspect}`, `${why} (${aspect})`],
    ]),
  );

async function addPeople(w: World) {
  const params = { coalitionId: w.coalition.id };
  for (const person of w.clubSpares)
    await request(w.clubAdmin.id, overview.action, {
      path: `/coalities/${w.coalition.id}`,
      params,
      form: { intent: "member", person: `${w.club.id}:${person.id}` },
    });
  for (const person of w.welfareSpares.slice(0, 1))
    await request(w.welfareAdmin.id, overview.action, {
      path: `/coalities/${w.coalition.id}`,
      params,
      form: { intent: "member", person: `${w.welfare.id}:${person.id}` },
    });
}

describe("the five-aspect scan", () => {
  it("is anonymous: the receipt is stored apart, the answers carry no person and no time, and one person answers once", async () => {
    const w = await coalitionWorld();
    const params = { coalitionId: w.coalition.id };
    expect(
      (
        await request(w.welfareAdmin.id, scan.action, {
          path: path(w),
          params,
          form: { intent: "open" },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await request(w.clubAdmin.id, scan.action, {
          path: path(w),
          params,
          form: { intent: "open" },
        })
      ).status,
    ).toBe(200);
    const bad = await request(w.welfareAdmin.id, scan.action, {
      path: path(w),
      params,
      form: { intent: "submit", ...answers(11, "x"), "score-relatie": "" },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors["score-ambitie"]).toBe("coalitions.errors.score");
    expect(
      (
        await request(w.welfareAdmin.id, scan.action, {
          path: path(w),
          params,
          form: { intent: "submit", ...answers(7, "Goed overleg") },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await request(w.welfareAdmin.id, scan.action, {
          path: path(w),
          params,
          form: { intent: "submit", ...answers(2, "Nog eens") },
        })
      ).status,
    ).toBe(409);
    expect(await db.scanReceipt.count()).toBe(1);
    expect(await db.scanResponse.count()).toBe(1);
    const columns = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name::text AS table_name, column_name::text AS column_name FROM information_schema.columns WHERE table_name IN ('ScanResponse', 'ScanAnswer') ORDER BY table_name, column_name`;
    expect(columns.map((column) => `${column.table_name}.${column.column_name}`)).toEqual([
      "ScanAnswer.aspect",
      "ScanAnswer.responseId",
      "ScanAnswer.score",
      "ScanAnswer.why",
      "ScanResponse.id",
      "ScanResponse.orgId",
      "ScanResponse.roundId",
    ]);
    // A random id, not a time-ordered cuid.
    const [response] = await db.scanResponse.findMany({ select: { id: true } });
    expect(response.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("shows no figures for a partner with 2 respondents, and figures per aspect from 3 respondents in all", async () => {
    const w = await coalitionWorld();
    await addPeople(w);
    const params = { coalitionId: w.coalition.id };
    await request(w.clubAdmin.id, scan.action, { path: path(w), params, form: { intent: "open" } });
    // Club: 3 respondents; welfare: 2; municipality: 1.
    const people = [
      [w.clubAdmin, 8],
      [w.clubSpares[0], 7],
      [w.clubSpares[1], 6],
      [w.welfareAdmin, 3],
      [w.welfareSpares[0], 4],
      [w.townAdmin, 5],
    ] as const;
    for (const [person, score] of people) {
      expect(
        (
          await request(person.id, scan.action, {
            path: path(w),
            params,
            form: { intent: "submit", ...answers(score, `Reden van ${person.name}`) },
          })
        ).status,
      ).toBe(200);
    }
    const page = await (
      await request(w.townAdmin.id, scan.loader, { path: path(w), params })
    ).json();
    const [round] = page.rounds;
    expect(round.whole.respondents).toBe(6);
    expect(round.whole.aspects[0].median).toBe(5.5);
    expect(round.whole.aspects[0].distribution).toEqual([0, 0, 1, 1, 1, 1, 1, 1, 0, 0]);
    const byName = Object.fromEntries(
      round.perPartner.map((partner: { name: string; result: unknown }) => [
        partner.name,
        partner.result,
      ]),
    );
    // Welfare (2) and the municipality (1) are hidden; together they are 3, so the club (3) may show.
    expect(byName["Welzijn Oost"]).toEqual({ hidden: true });
    expect(byName["Gemeente Hengelo"]).toEqual({ hidden: true });
    expect(byName["SV De Toekomst"].respondents).toBe(3);
    expect(byName["SV De Toekomst"].aspects[0].median).toBe(7);
    // Reasons only for the whole coalition, never per partner; the page shows no person next to a rating.
    expect(byName["SV De Toekomst"].aspects[0].reasons).toEqual([]);
    expect(round.whole.aspects[0].reasons).toHaveLength(6);
    const text = JSON.stringify(page);
    for (const [person] of people)
      expect(text.replace(/Reden van [^(]+\(/g, "")).not.toContain(person.id);
  });

  it("hides a partner when the hidden rest would give a small partner away", () => {
    const row = (orgId: string, score: number) => ({
      orgId,
      answers: ASPECTS.map((aspect) => ({ aspect, score, why: "" })),
    });
    const partners = [
      { id: "club", name: "Club" },
      { id: "welzijn", name: "Welzijn" },
    ];
    // Club 3, welfare 2: the whole minus the club would be welfare's figures, so neither partner shows.
    const result = scanResults(
      "r1",
      [row("club", 8), row("club", 8), row("club", 8), row("welzijn", 2), row("welzijn", 3)],
      partners,
    );
    expect(result.whole).toMatchObject({ respondents: 5 });
    expect(result.perPartner.map((partner) => partner.result)).toEqual([
      { hidden: true },
      { hidden: true },
    ]);
    // Two partners with exactly 2 respondents each: the whole (4) shows, no partner.
    const small = scanResults(
      "r1",
      [row("club", 8), row("club", 8), row("welzijn", 2), row("welzijn", 3)],
      partners,
    );
    expect("aspects" in small.whole).toBe(true);
    expect(small.perPartner.every((partner) => "hidden" in partner.result)).toBe(true);
    // Fewer than 3 in all: nothing.
    expect(scanResults("r1", [row("club", 8), row("club", 8)], partners).whole).toEqual({
      hidden: true,
    });
  });

  it("draws a radar comparing rounds on the server", async () => {
    const w = await coalitionWorld();
    const params = { coalitionId: w.coalition.id };
    for (const round of [1, 2]) {
      await request(w.clubAdmin.id, scan.action, {
        path: path(w),
        params,
        form: { intent: "open" },
      });
      for (const person of [w.clubAdmin, w.welfareAdmin, w.townAdmin])
        await request(person.id, scan.action, {
          path: path(w),
          params,
          form: { intent: "submit", ...answers(round * 3, "x") },
        });
      await request(w.clubAdmin.id, scan.action, {
        path: path(w),
        params,
        form: { intent: "close" },
      });
    }
    const page = await (
      await request(w.welfareAdmin.id, scan.loader, { path: path(w), params })
    ).json();
    expect(
      page.rounds.map((round: { number: number; whole: { aspects: { median: number }[] } }) => [
        round.number,
        round.whole.aspects[0].median,
      ]),
    ).toEqual([
      [2, 6],
      [1, 3],
    ]);
  });
});
