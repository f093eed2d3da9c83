import { useMatches } from "@remix-run/react";
import { titleText } from "./page-title";

/**
 * The page title of every route that does not set its own, as a catalogue
 * key (season.titles.pages.*), so that English readers get English titles
 * (WCAG 2.4.2). tests/integration/page-titles.test.ts loads every route of
 * the authorisation matrix and fails on a missing or duplicate title.
 */
const TITLES: Record<string, string> = {
  "routes/_index": "home",
  "routes/$": "notFound",
  "routes/ping": "ping",
  "routes/aanmelden": "signup",
  "routes/inloggen": "login",
  "routes/wachtwoord-vergeten": "forgotPassword",
  "routes/wachtwoord-herstellen.$token": "resetPassword",
  "routes/uitnodiging.$token": "invitation",
  "routes/account": "account",
  "routes/account_.meldingen": "replyMails",
  "routes/account_.clubs": "myClubs",
  "routes/dev.postvak": "outbox",
  "routes/beheer": "admin",
  "routes/beheer_.evaluatie": "adminEvaluation",
  "routes/beheer_.evaluatie_.teksten": "adminEvaluationTexts",
  "routes/groepen._index": "myCohorts",
  "routes/groepen.nieuw": "newCohort",
  "routes/groepen.$cohortId._index": "cohort",
  "routes/groepen.$cohortId.welkom": "welcome",
  "routes/groepen.$cohortId.uitnodigen": "invite",
  "routes/groepen.$cohortId.overzicht": "dashboard",
  "routes/groepen.$cohortId.bijeenkomsten._index": "evenings",
  "routes/groepen.$cohortId.bijeenkomsten.$eveningId.aanwezigheid": "attendance",
  "routes/groepen.$cohortId.certificaat": "myCertificate",
  "routes/groepen.$cohortId.certificaten": "certificates",
  "routes/groepen_.$cohortId_.cursus._index": "course",
  "routes/groepen_.$cohortId_.cursus.$kind.$module._index": "module",
  "routes/groepen_.$cohortId_.cursus.$kind.$module.$lesson": "lesson",
  "routes/groepen_.$cohortId_.cursus.indeling": "courseRun",
  "routes/groepen_.$cohortId_.casussen._index": "cases",
  "routes/groepen_.$cohortId_.casussen.nieuw": "newCase",
  "routes/groepen_.$cohortId_.casussen.$caseId": "case",
  "routes/groepen_.$cohortId_.casussen.meldingen": "reports",
  "routes/groepen_.$cohortId_.evaluatie": "evaluation",
  "routes/groepen_.$cohortId_.evaluatie_.beheer": "manageEvaluation",
  "routes/groepen_.$cohortId_.evaluatie_.vragen": "localQuestions",
  "routes/groepen_.$cohortId_.evaluatie_.rapport": "evaluationReport",
  "routes/groepen_.$cohortId_.evaluatie_.vergelijken": "evaluationCompare",
  "course-space/index": "wideCases",
  "course-space/thread": "wideCase",
  "course-space/reports": "wideReports",
  "routes/groepen.$cohortId.sociale-kaart": "socialMap",
  "routes/groepen.$cohortId.tandem": "tandem",
  "routes/privacy": "privacy",
  "routes/toegankelijkheid": "accessibility",
  "routes/afmelden.$token": "unsubscribe",
  "routes/groepen.$cohortId.berichten": "announcements",
  "routes/coalities._index": "coalitions",
  "routes/coalities.$coalitionId._index": "coalition",
  "routes/coalities.$coalitionId.tijdlijn": "timeline",
  "routes/coalities.$coalitionId.metingen": "measurements",
  "routes/coalities.$coalitionId.scan": "scan",
  "routes/coalities.$coalitionId.afspraken": "agreements",
  "routes/modules._index": "modules",
  "routes/modules.nieuw": "newModule",
  "routes/modules.$moduleId._index": "localModule",
  "routes/modules.$moduleId.bewerken": "editModule",
  "routes/organisaties.$orgId": "register",
};

/** What the page is about, when its data says: a lesson, module or case title, a cohort or organisation name. */
function contextOf(data: unknown): string | null {
  const value = (data ?? {}) as Record<string, { title?: unknown; name?: unknown } | undefined> & {
    cohortName?: unknown;
  };
  for (const candidate of [
    value.lesson?.title,
    value.module?.title,
    value.thread?.title,
    value.cohort?.name,
    value.cohortName,
    value.org?.name,
  ]) {
    if (typeof candidate === "string" && candidate) return candidate;
  }
  return null;
}

/**
 * The title of the current page, for the routes in TITLES (routes that
 * export their own meta are not in it). Rendered by the root Layout: a
 * root meta function cannot see the child routes' matches.
 */
export function useRouteTitle(): string | null {
  const matches = useMatches();
  const root = matches.find((match) => match.id === "root");
  const leaf = matches[matches.length - 1];
  if (!leaf || !TITLES[leaf.id]) return null;
  return titleText(root?.data, `season.titles.pages.${TITLES[leaf.id]}`, contextOf(leaf.data));
}
