import { ADMIN, type Row, type RowContext } from "./shared";

/** The platform admin's pages. */
export function adminRows(c: RowContext): Row[] {
  const { w } = c;
  return [
    // ---------------------------------------------------------------- platform admin
    {
      file: "beheer.tsx",
      method: "GET",
      pattern: "/beheer",
      what: "admin: organisations and people",
      path: "/beheer",
      allow: ADMIN,
    },
    {
      file: "beheer.tsx",
      method: "POST",
      pattern: "/beheer",
      what: "admin: add an organisation",
      path: "/beheer",
      body: { intent: "org", name: "Matrix Hockeyclub", type: "SPORTVERENIGING", town: "Almelo" },
      allow: ADMIN,
    },
    {
      file: "beheer.tsx",
      method: "POST",
      pattern: "/beheer",
      what: "admin: change a platform role",
      path: "/beheer",
      body: { intent: "role", userId: w.spare.id, role: "FACILITATOR" },
      allow: ADMIN,
    },
    {
      file: "beheer_.evaluatie.tsx",
      method: "GET",
      pattern: "/beheer/evaluatie",
      what: "evaluation report across cohorts",
      path: "/beheer/evaluatie",
      allow: ADMIN,
    },
    {
      file: "beheer_.evaluatie_.export.tsx",
      method: "GET",
      pattern: "/beheer/evaluatie/export",
      what: "export evaluation across cohorts (CSV)",
      path: "/beheer/evaluatie/export?soort=antwoorden",
      allow: ADMIN,
    },
    {
      file: "beheer_.evaluatie_.teksten.tsx",
      method: "GET",
      pattern: "/beheer/evaluatie/teksten",
      what: "free texts of one item across cohorts, a page at a time",
      path: "/beheer/evaluatie/teksten?vraag=E3",
      allow: ADMIN,
    },
  ];
}
