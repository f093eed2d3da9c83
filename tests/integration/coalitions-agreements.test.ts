import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as overview from "~/routes/coalities.$coalitionId._index";
import * as agreementsPage from "~/routes/coalities.$coalitionId.afspraken";
import * as scan from "~/routes/coalities.$coalitionId.scan";
import * as timeline from "~/routes/coalities.$coalitionId.tijdlijn";
import * as pdfRoute from "~/routes/coalities.$coalitionId.rapport[.]pdf";
import { remindOverdueAgreements } from "~/modules/coalitions/agreements.server";
import { ASPECTS } from "~/modules/coalitions/aspects";
import { coalitionWorld, make, request } from "./coalitions-helpers";
import { pdfText } from "./helpers/image";

type World = Awaited<ReturnType<typeof coalitionWorld>>;
const at = (w: World, suffix = "") => ({
  path: `/coalities/${w.coalition.id}${suffix}`,
  params: { coalitionId: w.coalition.id },
});

describe("agreements that survive a change of people", () => {
  it("shows the successor in a role the handover note and their organisation's open agreements", async () => {
    const w = await coalitionWorld();
    const add = (form: Record<string, string>) =>
      request(w.welfareAdmin.id, agreementsPage.action, {
        ...at(w, "/afspraken"),
        form: { intent: "agreement", ...form },
      });
    expect(
      (
        await add({
          text: "Wekelijks spreekuur in de kantine.",
          ownerOrgId: w.welfare.id,
          personName: "Contactpersoon welzijn",
          dueOn: "2027-02-01",
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await add({
          text: "Subsidieaanvraag indienen.",
          ownerOrgId: w.town.id,
          personName: "Beleidsmedewerker",
          dueOn: "2027-03-01",
        })
      ).status,
    ).toBe(200);
    const invalid = await add({ text: "", ownerOrgId: w.outsiderOrg.id, dueOn: "morgen" });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).errors).toMatchObject({
      text: "coalitions.errors.textRequired",
      dueOn: "coalitions.errors.date",
    });
    expect(
      (await add({ text: "Van een ander.", ownerOrgId: w.outsiderOrg.id, dueOn: "2027-03-01" }))
        .status,
    ).toBe(400);
    const note =
      "Bel Fatma van het wijkteam (ma/di). Beloofd: vier instuiven per jaar. Map 'Samen Sterk' op de gedeelde schijf.";
    expect(
      (
        await request(w.welfareAdmin.id, agreementsPage.action, {
          ...at(w, "/afspraken"),
          form: { intent: "handover", text: note },
        })
      ).status,
    ).toBe(200);

    // The contact person leaves; the welfare administrator seats a successor in the same role.
    const successor = w.welfareSpares[2];
    expect(
      (
        await request(w.welfareAdmin.id, overview.action, {
          ...at(w),
          form: {
            intent: "member",
            person: `${w.welfare.id}:${successor.id}`,
            roleTitle: "contactpersoon",
          },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await request(w.welfareAdmin.id, overview.action, {
          ...at(w),
          form: { intent: "remove", userId: w.welfareAdmin.id },
        })
      ).status,
    ).toBe(200);

    const page = await (await request(successor.id, overview.loader, at(w))).json();
    expect(page.coalition.handover.text).toBe(note);
    expect(
      page.coalition.openAgreements.map((agreement: { text: string }) => agreement.text),
    ).toEqual(["Wekelijks spreekuur in de kantine."]);
    // Someone in another role does not get this note.
    const town = await (await request(w.townAdmin.id, overview.loader, at(w))).json();
    expect(town.coalition.handover).toBeNull();
    expect(
      town.coalition.openAgreements.map((agreement: { text: string }) => agreement.text),
    ).toEqual(["Subsidieaanvraag indienen."]);

    const agreement = await db.agreement.findFirstOrThrow({ where: { ownerOrgId: w.welfare.id } });
    expect(
      (
        await request(successor.id, agreementsPage.action, {
          ...at(w, "/afspraken"),
          form: { intent: "status", agreementId: agreement.id, status: "DONE" },
        })
      ).status,
    ).toBe(200);
    const after = await (await request(successor.id, overview.loader, at(w))).json();
    expect(after.coalition.openAgreements).toEqual([]);
  });

  it("remindOverdueAgreements mails the owner's people and the coordinator once when the date has passed", async () => {
    const w = await coalitionWorld();
    await db.agreement.create({
      data: {
        coalitionId: w.coalition.id,
        text: "Verslag sturen naar de wethouder.",
        ownerOrgId: w.town.id,
        personName: "Beleidsmedewerker",
        dueOn: new Date("2027-01-15"),
      },
    });
    await db.agreement.create({
      data: {
        coalitionId: w.coalition.id,
        text: "Al gedaan.",
        ownerOrgId: w.town.id,
        dueOn: new Date("2027-01-10"),
        status: "DONE",
      },
    });
    expect(await remindOverdueAgreements(new Date("2027-01-15T12:00:00Z"))).toBe(0);
    const sent = await remindOverdueAgreements(new Date("2027-01-16T08:00:00Z"));
    expect(sent).toBe(2);
    const mails = await db.outboxMail.findMany({ orderBy: { to: "asc" } });
    expect(mails.map((mail) => mail.to).sort()).toEqual(
      [w.clubAdmin.email, w.townAdmin.email].sort(),
    );
    expect(mails[0].subject).toBe("Herinnering: afspraak in coalitie Samen Sterk Hengelo");
    expect(mails[0].text).toContain("Verslag sturen naar de wethouder.");
    expect(mails[0].text).toContain(`/coalities/${w.coalition.id}/afspraken`);
    expect(await remindOverdueAgreements(new Date("2027-01-17T08:00:00Z"))).toBe(0);
  });
});

describe("the coalition report", () => {
  it("is a PDF with the ambition, the last timeline and conclusions, the scan against the previous round, agreements and trained volunteers", async () => {
    const w = await coalitionWorld();
    const facilitator = await make.user({ role: "FACILITATOR" });
    const cohort = await make.cohort({
      facilitatorId: facilitator.id,
      orgIds: [w.club.id],
      name: "Groep Hengelo najaar",
      participantIds: w.clubSpares.map((person) => person.id),
    });
    await request(w.clubAdmin.id, overview.action, {
      ...at(w),
      form: { intent: "cohort", cohortId: cohort.id },
    });
    for (const [index, person] of w.clubSpares.entries()) {
      await db.certificate.create({
        data: {
          code: `code-${index}-${w.coalition.id}`,
          userId: person.id,
          cohortId: cohort.id,
          nameOnCertificate: person.name,
          courseTitle: "Buiten de Lijnen",
          studyMinutes: 600,
          completedOn: new Date("2026-12-01"),
        },
      });
    }
    const post = (userId: string, form: Record<string, string>) =>
      request(userId, timeline.action, { ...at(w, "/tijdlijn"), form });
    await post(w.clubAdmin.id, {
      intent: "start",
      periodStart: "2026-01-01",
      periodEnd: "2026-12-31",
    });
    await post(w.clubAdmin.id, {
      intent: "event",
      date: "2026-04-02",
      title: "Open dag voor de wijk",
    });
    await post(w.townAdmin.id, {
      intent: "note",
      target: "datum",
      date: "2026-05-01",
      kind: "KWARTJE",
      text: "Inzicht",
    });
    await post(w.clubAdmin.id, {
      intent: "conclusions",
      conclusions: "Belangen eerder op tafel leggen.",
    });
    await post(w.clubAdmin.id, { intent: "save" });
    for (const score of [4, 7]) {
      await request(w.clubAdmin.id, scan.action, { ...at(w, "/scan"), form: { intent: "open" } });
      for (const person of [w.clubAdmin, w.welfareAdmin, w.townAdmin]) {
        await request(person.id, scan.action, {
          ...at(w, "/scan"),
          form: {
            intent: "submit",
            ...Object.fromEntries(ASPECTS.map((aspect) => [`score-${aspect}`, String(score)])),
          },
        });
      }
      await request(w.clubAdmin.id, scan.action, { ...at(w, "/scan"), form: { intent: "close" } });
    }
    await db.agreement.create({
      data: {
        coalitionId: w.coalition.id,
        text: "Jaarlijkse evaluatie plannen.",
        ownerOrgId: w.club.id,
        personName: "Voorzitter",
        dueOn: new Date("2027-06-01"),
      },
    });

    const response = await request(w.welfareAdmin.id, pdfRoute.loader, at(w, "/rapport.pdf"));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    const text = pdfText(new Uint8Array(await response.arrayBuffer())).replace(/\s+/g, " ");
    expect(text).toContain("Coalitierapport: Samen Sterk Hengelo");
    expect(text).toContain("Meer kwetsbare jongeren uit de wijk sporten bij de club.");
    expect(text).toContain("0-meting");
    expect(text).toContain("Open dag voor de wijk");
    expect(text).toContain("Belangen eerder op tafel leggen.");
    expect(text).toContain("Ambitie: mediaan 7 (vorige ronde 4)");
    expect(text).toContain("Jaarlijkse evaluatie plannen.");
    expect(text).toContain("Groep Hengelo najaar");
    // Three trained volunteers is fewer than five: the count is not shown.
    expect(text).toContain("SV De Toekomst: minder dan 5 vrijwilligers getraind");
    expect(text).not.toContain("Coördinator Club");
  });
});

describe("a person's own data", () => {
  it("lists their seats, notes and scan receipts; after deleting the account their notes stay, signed by the organisation only", async () => {
    const { exportPersonalData, deleteAccount } = await import("~/flows/personal-data.server");
    const w = await coalitionWorld();
    const post = (userId: string, form: Record<string, string>) =>
      request(userId, timeline.action, { ...at(w, "/tijdlijn"), form });
    await post(w.clubAdmin.id, {
      intent: "start",
      periodStart: "2026-01-01",
      periodEnd: "2026-12-31",
    });
    await post(w.townAdmin.id, {
      intent: "note",
      target: "datum",
      date: "2026-05-01",
      kind: "POSITIEF",
      text: "Goede start met de wijk.",
      showName: "on",
    });
    await request(w.clubAdmin.id, scan.action, { ...at(w, "/scan"), form: { intent: "open" } });
    await request(w.townAdmin.id, scan.action, {
      ...at(w, "/scan"),
      form: {
        intent: "submit",
        ...Object.fromEntries(ASPECTS.map((aspect) => [`score-${aspect}`, "6"])),
      },
    });
    const { person } = await exportPersonalData({ userId: w.townAdmin.id });
    expect(person.coalitionMembers).toMatchObject([
      {
        roleTitle: "beleidsmedewerker",
        coalition: { name: "Samen Sterk Hengelo" },
        org: { name: "Gemeente Hengelo" },
      },
    ]);
    expect(person.timelineNotes.map((note) => note.text)).toEqual(["Goede start met de wijk."]);
    expect(person.scanReceipts).toHaveLength(1);
    expect(JSON.stringify(person)).not.toContain('"score"');

    await deleteAccount({ userId: w.townAdmin.id });
    const { board } = await (
      await request(w.clubAdmin.id, timeline.loader, at(w, "/tijdlijn"))
    ).json();
    expect(board.days[0].notes[0]).toMatchObject({
      text: "Goede start met de wijk.",
      org: { name: "Gemeente Hengelo" },
      authorName: null,
    });
    expect(await db.scanResponse.count({ where: { round: { coalitionId: w.coalition.id } } })).toBe(
      1,
    );
  });
});
