import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { getFormItems } from "~/modules/evaluation/form-items.server";
import { setEvaluationOpen } from "~/modules/evaluation/manage-evaluation.server";
import { readAnswers } from "~/modules/evaluation/read-answers";
import { submitEvaluation } from "~/modules/evaluation/submit-evaluation.server";
import * as adminExport from "~/routes/beheer_.evaluatie_.export";
import * as cohortExport from "~/routes/groepen_.$cohortId_.evaluatie_.export";
import * as dashboardCsv from "~/routes/groepen.$cohortId.overzicht[.csv]";
import * as registerCsv from "~/routes/organisaties.$orgId_.register[.]csv";
import * as certificatePdf from "~/routes/groepen.$cohortId.certificaat[.]pdf";
import * as certificateJson from "~/routes/groepen.$cohortId.certificaat[.]json";
import * as eveningIcs from "~/routes/groepen.$cohortId.bijeenkomsten.$eveningId.agenda[.ics]";
import { factories } from "../factories";
import { request } from "./cohorts-helpers";

const make = factories(db);

/** A club with five volunteers in one cohort, all of whom answered the evaluation; one typed "1/3" everywhere it could. */
async function world() {
  const admin = await make.user({ role: "ADMIN" });
  const facilitator = await make.user({ role: "FACILITATOR" });
  const club = await make.organisation({ name: "SV 1/3" });
  const clubAdmin = await make.user({ name: "Henk Jansen" });
  await make.membership({ userId: clubAdmin.id, orgId: club.id, role: "ADMIN" });
  const people = await Promise.all(
    ["1/3", "Sven Bakker", "007", "Fatma Yıldız", '=HYPERLINK("x")'].map((name, index) =>
      make.user({ name, domain: index % 2 ? "WELZIJN" : "SPORT" }),
    ),
  );
  for (const person of people) await make.membership({ userId: person.id, orgId: club.id });
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: people.map((person) => person.id),
    orgIds: [club.id],
  });
  const evening = await db.evening.create({
    data: {
      cohortId: cohort.id,
      startsAt: new Date("2026-10-01T17:30:00Z"),
      endsAt: new Date("2026-10-01T19:30:00Z"),
      place: "Kantine",
      topic: "Kennismaken",
    },
  });
  await setEvaluationOpen({ cohortId: cohort.id, open: true });
  const items = await getFormItems({ cohortId: cohort.id });
  for (const [index, person] of people.entries()) {
    const form = new FormData();
    for (const [key, value] of [
      ["A1", index % 2 ? "welzijn" : "sport"],
      ["C1", String(index + 5)],
      ["E2", "ja"],
      ["E3", "1/3"],
    ])
      form.append(key, value);
    expect(
      await submitEvaluation({
        userId: person.id,
        cohortId: cohort.id,
        answers: readAnswers(form, items, true).answers,
      }),
    ).toBe("submitted");
  }
  const outsider = await make.user({ name: "Iemand Anders" });
  return { admin, facilitator, club, clubAdmin, people, cohort, evening, outsider };
}

const rowsOf = (csv: string) =>
  parse(csv, { delimiter: ";", bom: true, relax_column_count: true }) as string[][];

describe("every CSV the app produces", () => {
  it("opens in a Dutch spreadsheet: BOM, semicolons, and 1/3 stays text", async () => {
    const w = await world();
    const downloads: [string, string | null, unknown, string, Record<string, string>][] = [
      [
        "dashboard",
        w.facilitator.id,
        dashboardCsv.loader,
        `/groepen/${w.cohort.id}/overzicht.csv`,
        { cohortId: w.cohort.id },
      ],
      [
        "register",
        w.clubAdmin.id,
        registerCsv.loader,
        `/organisaties/${w.club.id}/register.csv`,
        { orgId: w.club.id },
      ],
      [
        "evaluation overview",
        w.facilitator.id,
        cohortExport.loader,
        `/groepen/${w.cohort.id}/evaluatie/export?soort=overzicht`,
        { cohortId: w.cohort.id },
      ],
      [
        "evaluation answers",
        w.facilitator.id,
        cohortExport.loader,
        `/groepen/${w.cohort.id}/evaluatie/export?soort=antwoorden`,
        { cohortId: w.cohort.id },
      ],
      [
        "all cohorts overview",
        w.admin.id,
        adminExport.loader,
        "/beheer/evaluatie/export?soort=overzicht",
        {},
      ],
      [
        "all cohorts answers",
        w.admin.id,
        adminExport.loader,
        "/beheer/evaluatie/export?soort=antwoorden",
        {},
      ],
    ];
    for (const [name, userId, loader, path, params] of downloads) {
      const response = await request(userId, loader, { path, params });
      expect(response.status, name).toBe(200);
      expect(response.headers.get("Content-Type"), name).toBe("text/csv; charset=utf-8");
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)], `${name} starts with a UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
      const csv = new TextDecoder().decode(bytes);
      const rows = rowsOf(csv);
      expect(rows[0].length, `${name} splits its header on ;`).toBeGreaterThan(3);
      expect(csv.split("\r\n")[0], `${name} has no comma-separated header`).not.toMatch(
        /^[^;]*,[^;]*,/,
      );
      const cells = rows.flat();
      // Nothing a spreadsheet would run or convert: formulas are quoted away, 1/3 is wrapped as text.
      expect(
        cells.filter((cell) => /^\s*[=+@-]/.test(cell) && !/^="[\d\s.,/:%-]+"$/.test(cell)),
        name,
      ).toEqual([]);
      expect(cells, name).not.toContain("1/3");
      if (name !== "evaluation overview" && name !== "all cohorts overview")
        expect(cells, `${name} keeps 1/3 as text`).toContain('="1/3"');
    }
    const dashboard = rowsOf(
      await (
        await request(w.facilitator.id, dashboardCsv.loader, {
          path: `/groepen/${w.cohort.id}/overzicht.csv`,
          params: { cohortId: w.cohort.id },
        })
      ).text(),
    );
    expect(dashboard.flat()).toContain('="007"');
    expect(dashboard.flat()).toContain('\'=HYPERLINK("x")');
  });

  it("refuses a download with a short Dutch text and the right status", async () => {
    const w = await world();
    const refused: [string, unknown, string, Record<string, string>][] = [
      [
        "dashboard CSV",
        dashboardCsv.loader,
        `/groepen/${w.cohort.id}/overzicht.csv`,
        { cohortId: w.cohort.id },
      ],
      [
        "register CSV",
        registerCsv.loader,
        `/organisaties/${w.club.id}/register.csv`,
        { orgId: w.club.id },
      ],
      [
        "evaluation CSV",
        cohortExport.loader,
        `/groepen/${w.cohort.id}/evaluatie/export`,
        { cohortId: w.cohort.id },
      ],
      ["all cohorts CSV", adminExport.loader, "/beheer/evaluatie/export", {}],
      [
        "certificate PDF",
        certificatePdf.loader,
        `/groepen/${w.cohort.id}/certificaat.pdf`,
        { cohortId: w.cohort.id },
      ],
      [
        "Open Badge JSON",
        certificateJson.loader,
        `/groepen/${w.cohort.id}/certificaat.json`,
        { cohortId: w.cohort.id },
      ],
      [
        "evening ICS",
        eveningIcs.loader,
        `/groepen/${w.cohort.id}/bijeenkomsten/${w.evening.id}/agenda.ics`,
        { cohortId: w.cohort.id, eveningId: w.evening.id },
      ],
    ];
    for (const [name, loader, path, params] of refused) {
      const response = await request(w.outsider.id, loader, { path, params });
      expect(response.status, name).toBe(403);
      expect(response.headers.get("Content-Type"), name).toBe("text/plain; charset=utf-8");
      expect(await response.text(), name).toBe(
        "Geen toegang: dit bestand of deze pagina is niet voor jouw account.",
      );
    }
    // A member without a certificate asks for its PDF: nothing to find.
    const missing = await request(w.people[1].id, certificatePdf.loader, {
      path: `/groepen/${w.cohort.id}/certificaat.pdf`,
      params: { cohortId: w.cohort.id },
    });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(
      "Niet gevonden: dit bestand of deze pagina bestaat niet (meer).",
    );
  });
});
