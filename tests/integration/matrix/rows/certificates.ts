import { LOGGED_IN, MEMBERS_A, STAFF_A, type Row, type RowContext } from "./shared";

/** Certificates and the own overview. */
export function certificateRows(c: RowContext): Row[] {
  const { a, g, cohort, byActor } = c;
  return [
    // ---------------------------------------------------------------- certificates and club register
    {
      file: "groepen.$cohortId.certificaat.tsx",
      method: "GET",
      pattern: "/groepen/:cohortId/certificaat",
      what: "own certificate page",
      path: `${g}/certificaat`,
      allow: MEMBERS_A,
      root: cohort,
    },
    {
      file: "groepen.$cohortId.certificaat.tsx",
      method: "POST",
      pattern: "/groepen/:cohortId/certificaat",
      what: "claim own certificate",
      path: `${g}/certificaat`,
      body: {},
      allow: ["participantA"],
      root: cohort,
    },
    {
      file: "groepen.$cohortId.certificaat[.]pdf.tsx",
      method: "GET",
      pattern: "/groepen/:cohortId/certificaat.pdf",
      what: "download own certificate (PDF)",
      path: `${g}/certificaat.pdf`,
      allow: ["participantA"],
      root: cohort,
      note: "staff have no certificate of their own here: 404",
    },
    {
      file: "groepen.$cohortId.certificaat[.]pdf.tsx",
      method: "GET",
      pattern: "/groepen/:cohortId/certificaat.pdf?voor=:userId",
      what: "download a participant's certificate (PDF)",
      path: `${g}/certificaat.pdf?voor=${a.participant.id}`,
      allow: ["participantA", "facilitatorA", "platformAdmin"],
      root: cohort,
      child: [a.participant.id],
    },
    {
      file: "groepen.$cohortId.certificaat[.]json.tsx",
      method: "GET",
      pattern: "/groepen/:cohortId/certificaat.json",
      what: "download own certificate (Open Badge)",
      path: `${g}/certificaat.json`,
      allow: ["participantA"],
      root: cohort,
    },
    {
      file: "groepen.$cohortId.certificaten.tsx",
      method: "GET",
      pattern: "/groepen/:cohortId/certificaten",
      what: "certificates of the cohort",
      path: `${g}/certificaten`,
      allow: STAFF_A,
      root: cohort,
    },
    {
      file: "groepen.$cohortId.certificaten.tsx",
      method: "POST",
      pattern: "/groepen/:cohortId/certificaten",
      what: "issue a certificate by hand",
      path: `${g}/certificaten`,
      body: byActor(
        {
          facilitatorA: {
            intent: "issue",
            userId: a.spares[0].id,
            reason: "Alles gedaan, een avond gemist door ziekte.",
          },
        },
        {
          intent: "issue",
          userId: a.spares[1].id,
          reason: "Alles gedaan, een avond gemist door ziekte.",
        },
      ),
      allow: STAFF_A,
      root: cohort,
      child: [a.spares[0].id, a.spares[1].id],
    },
    {
      file: "groepen.$cohortId.certificaten.tsx",
      method: "POST",
      pattern: "/groepen/:cohortId/certificaten",
      what: "revoke a certificate",
      path: `${g}/certificaten`,
      body: byActor(
        {
          facilitatorA: {
            intent: "revoke",
            certificateId: a.revocable[0].id,
            reason: "Per vergissing uitgereikt.",
          },
        },
        {
          intent: "revoke",
          certificateId: a.revocable[1].id,
          reason: "Per vergissing uitgereikt.",
        },
      ),
      allow: STAFF_A,
      root: cohort,
      child: [a.revocable[0].id, a.revocable[1].id],
    },
    {
      file: "mijn-overzicht.tsx",
      method: "GET",
      pattern: "/mijn-overzicht",
      what: "own overview: cohorts, next evening, all own certificates",
      path: "/mijn-overzicht",
      allow: LOGGED_IN,
      secrets: [{ text: a.ownCertificate.code, visibleTo: ["participantA"] }],
    },
    {
      file: "mijn-overzicht.certificaten.$certificateId.certificaat[.]pdf.tsx",
      method: "GET",
      pattern: "/mijn-overzicht/certificaten/:certificateId/certificaat.pdf",
      what: "download own certificate by id (PDF), also after leaving the cohort",
      path: `/mijn-overzicht/certificaten/${a.ownCertificate.id}/certificaat.pdf`,
      allow: ["participantA"],
      root: a.ownCertificate.id,
      note: "the holder only",
    },
    {
      file: "mijn-overzicht.certificaten.$certificateId.open-badge[.]json.tsx",
      method: "GET",
      pattern: "/mijn-overzicht/certificaten/:certificateId/open-badge.json",
      what: "download own certificate by id (Open Badge)",
      path: `/mijn-overzicht/certificaten/${a.ownCertificate.id}/open-badge.json`,
      allow: ["participantA"],
      root: a.ownCertificate.id,
      note: "the holder only",
    },
  ];
}
