import { catalogueHref } from "~/i18n/catalogue-files.server";
import { ROLES, type Role, type World } from "./world";

export type Body = Record<string, string | string[]>;

/** One loader or action (or one intent of an action) and who may use it, by the product rules. */
export type Row = {
  /** The route file in app/routes. */
  file: string;
  method: "GET" | "POST";
  /** The path with named parameters, as docs/security.md shows it. */
  pattern: string;
  what: string;
  /** The path built from the world: ids of cohort A, club X, facilitator A's modules. */
  path: string;
  /** The form; a function when each allowed actor needs its own target (actions that cannot be repeated). */
  body?: Body | ((role: Role) => Body);
  allow: readonly Role[];
  /** The outermost id in the path: replaced by a non-existent and by malformed ids. */
  root?: string;
  /** Ids inside the root (path or form): swapped alone for the other side's, which must be refused for everyone. */
  child?: string[];
  /** A secret in the URL (invitation, reset, verification code): a tampered one answers 404/410 for everyone. */
  token?: boolean;
  /** Text that only some of the allowed roles may see in the answer (checked on the own-ids cells). */
  secrets?: { text: string; visibleTo: readonly Role[] }[];
  /** Every request gets its own new session (the row ends sessions). */
  fresh?: boolean;
  note?: string;
};

const ALL = ROLES;
const LOGGED_IN = ROLES.filter((role) => role !== "anonymous");
const IN_ANY_COHORT: Role[] = ["participantA", "participantB", "facilitatorA", "facilitatorB", "platformAdmin"];
const FACILITATORS: Role[] = ["facilitatorA", "facilitatorB", "platformAdmin"];
const MEMBERS_A: Role[] = ["participantA", "facilitatorA", "platformAdmin"];
const STAFF_A: Role[] = ["facilitatorA", "platformAdmin"];
const CLUB_X: Role[] = ["orgAdminX", "platformAdmin"];
const ADMIN: Role[] = ["platformAdmin"];
const NOBODY: Role[] = [];

/** Pairs of corresponding ids on side A and side B: a request for the other side swaps them all. */
export function sidePairs(w: World): [string, string][] {
  const { a, b } = w;
  const pairs: [string, string][] = [
    [a.cohort.id, b.cohort.id], [a.club.id, b.club.id], [a.evening.id, b.evening.id], [a.forumCase.id, b.forumCase.id], [a.reply.id, b.reply.id],
    [a.moderatedCase.id, b.moderatedCase.id], [a.draftModule.id, b.draftModule.id], [a.publishedModule.id, b.publishedModule.id],
    [a.ownCertificate.id, b.ownCertificate.id], [a.ownCertificate.code, b.ownCertificate.code], [a.participant.id, b.participant.id], [a.facilitator.id, b.facilitator.id],
    [a.pending.id, b.pending.id], [a.response.id, b.response.id], [a.reflection.id, b.reflection.id],
  ];
  a.spares.forEach((spare, index) => pairs.push([spare.id, b.spares[index].id]));
  a.revocable.forEach((certificate, index) => pairs.push([certificate.id, b.revocable[index].id]));
  a.invitations.forEach((invitation, index) => pairs.push([invitation.id, b.invitations[index].id]));
  return pairs;
}

const caseForm = { title: "Een nieuwe casus", situation: "Een jongen in het team zegt weinig en zit vaak alleen.", whatIDid: "Ik heb hem een taak gegeven.", question: "Wat kan ik nog meer doen?", themes: "teamprocessen" };

/** Every row of the matrix. */
export function buildRows(w: World): Row[] {
  const { a } = w;
  const g = `/groepen/${a.cohort.id}`;
  const cohort = a.cohort.id;
  const lesson = `${g}/cursus/kern/sport-als-middel/wat-is-een-sociaal-sportinitiatief`;
  const thread = `${g}/casussen/${a.forumCase.id}`;
  const moderated = `${g}/casussen/${a.moderatedCase.id}`;
  const wide = `/casussen/${w.courseWideCase.id}`;
  const wideModerated = `/casussen/${w.courseWideModerated.id}`;
  const org = `/organisaties/${a.club.id}`;
  const byActor = (choices: Partial<Record<Role, Body>>, fallback: Body) => (role: Role) => choices[role] ?? fallback;
  const today = new Date().toISOString().slice(0, 10);

  return [
    // ---------------------------------------------------------------- public and account
    { file: "$.tsx", method: "GET", pattern: "/<unknown>", what: "unknown address (404 page)", path: "/bestaat-niet", allow: NOBODY, note: "404 for everyone" },
    { file: "$.tsx", method: "POST", pattern: "/<unknown>", what: "post to an unknown address", path: "/bestaat-niet", body: {}, allow: NOBODY, note: "404 for everyone" },
    { file: "[.]well-known.jwks[.]json.tsx", method: "GET", pattern: "/.well-known/jwks.json", what: "public keys of the credentials", path: "/.well-known/jwks.json", allow: ALL },
    { file: "issuer.tsx", method: "GET", pattern: "/issuer", what: "Open Badges issuer profile", path: "/issuer", allow: ALL },
    { file: "_index.tsx", method: "GET", pattern: "/", what: "home page", path: "/", allow: ALL },
    { file: "ping.tsx", method: "GET", pattern: "/ping", what: "trivial page", path: "/ping", allow: ALL },
    { file: "i18n.$file.tsx", method: "GET", pattern: "/i18n/:file", what: "message catalogue (content-hashed file)", path: catalogueHref("en") ?? "", allow: ALL },
    { file: "healthz.tsx", method: "GET", pattern: "/healthz", what: "health check", path: "/healthz", allow: ALL },
    { file: "dev.postvak.tsx", method: "GET", pattern: "/dev/postvak", what: "development outbox", path: "/dev/postvak", allow: ALL, note: "development only: 404 when NODE_ENV=production" },
    { file: "taal.tsx", method: "GET", pattern: "/taal", what: "language switch (GET goes home)", path: "/taal", allow: ALL },
    { file: "taal.tsx", method: "POST", pattern: "/taal", what: "choose the language", path: "/taal", body: { locale: "nl", redirectTo: "/" }, allow: ALL },
    { file: "aanmelden.tsx", method: "GET", pattern: "/aanmelden", what: "sign-up form", path: "/aanmelden", allow: ALL, note: "logged-in people are sent to /" },
    { file: "aanmelden.tsx", method: "POST", pattern: "/aanmelden", what: "sign up", path: "/aanmelden", body: { name: "", email: "geen-adres" }, allow: ALL, note: "sent invalid: answers 400 with field errors" },
    { file: "inloggen.tsx", method: "GET", pattern: "/inloggen", what: "login form", path: "/inloggen", allow: ALL, note: "logged-in people are sent to /" },
    { file: "inloggen.tsx", method: "POST", pattern: "/inloggen", what: "log in", path: "/inloggen", body: { email: "", password: "" }, allow: ALL, note: "sent invalid: answers 400" },
    { file: "uitloggen.tsx", method: "GET", pattern: "/uitloggen", what: "logout by GET only goes home", path: "/uitloggen", allow: ALL },
    { file: "uitloggen.tsx", method: "POST", pattern: "/uitloggen", what: "log out", path: "/uitloggen", body: {}, allow: ALL, fresh: true },
    { file: "wachtwoord-vergeten.tsx", method: "GET", pattern: "/wachtwoord-vergeten", what: "forgot-password form", path: "/wachtwoord-vergeten", allow: ALL },
    { file: "wachtwoord-vergeten.tsx", method: "POST", pattern: "/wachtwoord-vergeten", what: "ask for a reset link", path: "/wachtwoord-vergeten", body: { email: "geen-adres" }, allow: ALL, note: "sent invalid: answers 400" },
    { file: "wachtwoord-herstellen.$token.tsx", method: "GET", pattern: "/wachtwoord-herstellen/:token", what: "reset form (valid token)", path: `/wachtwoord-herstellen/${w.resetToken}`, allow: ALL, root: w.resetToken, token: true },
    { file: "wachtwoord-herstellen.$token.tsx", method: "POST", pattern: "/wachtwoord-herstellen/:token", what: "set a new password", path: `/wachtwoord-herstellen/${w.resetToken}`, body: { password: "kort", confirm: "kort" }, allow: ALL, root: w.resetToken, token: true, note: "sent invalid: answers 400" },
    { file: "uitnodiging.$token.tsx", method: "GET", pattern: "/uitnodiging/:token", what: "cohort invitation page", path: `/uitnodiging/${a.invitations[0].token}`, allow: ALL, root: a.invitations[0].token, token: true },
    { file: "uitnodiging.$token.tsx", method: "POST", pattern: "/uitnodiging/:token", what: "accept an invitation (unknown token)", path: "/uitnodiging/onbekende-uitnodiging-0000", body: { name: "" }, allow: ALL, note: "an unknown token answers 410 (or 400 for an invalid sign-up)" },
    { file: "verifieer._index.tsx", method: "GET", pattern: "/verifieer", what: "public verification form", path: "/verifieer", allow: ALL },
    { file: "verifieer.$code.tsx", method: "GET", pattern: "/verifieer/:code", what: "verify a certificate by code", path: `/verifieer/${a.ownCertificate.code}`, allow: ALL, root: a.ownCertificate.code, token: true },
    { file: "account.tsx", method: "GET", pattern: "/account", what: "own account", path: "/account", allow: LOGGED_IN },
    { file: "account.tsx", method: "POST", pattern: "/account", what: "change own profile", path: "/account", body: { intent: "profile", name: "" }, allow: LOGGED_IN, note: "sent invalid: answers 400" },
    { file: "account_.gegevens.tsx", method: "GET", pattern: "/account/gegevens", what: "download own data (AVG)", path: "/account/gegevens", allow: LOGGED_IN },
    { file: "account_.meldingen.tsx", method: "GET", pattern: "/account/meldingen", what: "reply mail setting", path: "/account/meldingen", allow: LOGGED_IN },
    { file: "account_.meldingen.tsx", method: "POST", pattern: "/account/meldingen", what: "change reply mail setting", path: "/account/meldingen", body: { notify: "on" }, allow: LOGGED_IN },
    { file: "account_.clubs.tsx", method: "GET", pattern: "/account/clubs", what: "own clubs, register status and VOG", path: "/account/clubs", allow: LOGGED_IN },
    { file: "account_.clubs.tsx", method: "POST", pattern: "/account/clubs", what: "ask to join a club", path: "/account/clubs", body: { intent: "request", orgId: "" }, allow: LOGGED_IN, note: "sent invalid: answers 400" },

    // ---------------------------------------------------------------- platform admin
    { file: "beheer.tsx", method: "GET", pattern: "/beheer", what: "admin: organisations and people", path: "/beheer", allow: ADMIN },
    { file: "beheer.tsx", method: "POST", pattern: "/beheer", what: "admin: add an organisation", path: "/beheer", body: { intent: "org", name: "Matrix Hockeyclub", type: "SPORTVERENIGING", town: "Almelo" }, allow: ADMIN },
    { file: "beheer.tsx", method: "POST", pattern: "/beheer", what: "admin: change a platform role", path: "/beheer", body: { intent: "role", userId: w.spare.id, role: "FACILITATOR" }, allow: ADMIN },
    { file: "beheer_.evaluatie.tsx", method: "GET", pattern: "/beheer/evaluatie", what: "evaluation report across cohorts", path: "/beheer/evaluatie", allow: ADMIN },
    { file: "beheer_.evaluatie_.export.tsx", method: "GET", pattern: "/beheer/evaluatie/export", what: "export evaluation across cohorts (CSV)", path: "/beheer/evaluatie/export?soort=antwoorden", allow: ADMIN },

    // ---------------------------------------------------------------- cohorts
    { file: "groepen._index.tsx", method: "GET", pattern: "/groepen", what: "own cohorts", path: "/groepen", allow: LOGGED_IN },
    { file: "groepen.nieuw.tsx", method: "GET", pattern: "/groepen/nieuw", what: "new cohort form", path: "/groepen/nieuw", allow: FACILITATORS },
    { file: "groepen.nieuw.tsx", method: "POST", pattern: "/groepen/nieuw", what: "create a cohort", path: "/groepen/nieuw", body: { name: "Matrixgroep", place: "Hengelo", startsOn: "2027-01-10", endsOn: "2027-03-10", minEvenings: "0" }, allow: FACILITATORS },
    { file: "groepen.$cohortId._index.tsx", method: "GET", pattern: "/groepen/:cohortId", what: "cohort page", path: g, allow: MEMBERS_A, root: cohort },
    { file: "groepen.$cohortId._index.tsx", method: "POST", pattern: "/groepen/:cohortId", what: "remove a participant", path: g, body: byActor({ facilitatorA: { intent: "remove", userId: a.spares[4].id } }, { intent: "remove", userId: a.spares[5].id }), allow: STAFF_A, root: cohort, child: [a.spares[4].id, a.spares[5].id] },
    { file: "groepen.$cohortId.welkom.tsx", method: "GET", pattern: "/groepen/:cohortId/welkom", what: "welcome after joining", path: `${g}/welkom`, allow: MEMBERS_A, root: cohort },
    { file: "groepen.$cohortId.welkom.tsx", method: "POST", pattern: "/groepen/:cohortId/welkom", what: "complete own profile", path: `${g}/welkom`, body: {}, allow: MEMBERS_A, root: cohort },
    { file: "groepen.$cohortId.uitnodigen.tsx", method: "GET", pattern: "/groepen/:cohortId/uitnodigen", what: "invitations of the cohort", path: `${g}/uitnodigen`, allow: STAFF_A, root: cohort },
    { file: "groepen.$cohortId.uitnodigen.tsx", method: "POST", pattern: "/groepen/:cohortId/uitnodigen", what: "make an invitation link", path: `${g}/uitnodigen`, body: { intent: "link", validDays: "7" }, allow: STAFF_A, root: cohort },
    { file: "groepen.$cohortId.uitnodigen.tsx", method: "POST", pattern: "/groepen/:cohortId/uitnodigen", what: "invite by email", path: `${g}/uitnodigen`, body: { intent: "email", email: "nieuw-lid@voorbeeld.nl" }, allow: STAFF_A, root: cohort },
    { file: "groepen.$cohortId.uitnodigen.tsx", method: "POST", pattern: "/groepen/:cohortId/uitnodigen", what: "revoke an invitation", path: `${g}/uitnodigen`, body: byActor({ facilitatorA: { intent: "revoke", invitationId: a.invitations[0].id } }, { intent: "revoke", invitationId: a.invitations[1].id }), allow: STAFF_A, root: cohort, child: [a.invitations[0].id, a.invitations[1].id] },
    { file: "groepen.$cohortId.overzicht.tsx", method: "GET", pattern: "/groepen/:cohortId/overzicht", what: "progress dashboard", path: `${g}/overzicht`, allow: STAFF_A, root: cohort },
    { file: "groepen.$cohortId.overzicht[.csv].tsx", method: "GET", pattern: "/groepen/:cohortId/overzicht.csv", what: "export the dashboard (CSV)", path: `${g}/overzicht.csv`, allow: STAFF_A, root: cohort },
    { file: "groepen.$cohortId.bijeenkomsten._index.tsx", method: "GET", pattern: "/groepen/:cohortId/bijeenkomsten", what: "course evenings", path: `${g}/bijeenkomsten`, allow: MEMBERS_A, root: cohort },
    { file: "groepen.$cohortId.bijeenkomsten._index.tsx", method: "POST", pattern: "/groepen/:cohortId/bijeenkomsten", what: "plan an evening", path: `${g}/bijeenkomsten`, body: { date: "2026-11-12", startTime: "19:30", endTime: "21:30", place: "Clubhuis", topic: "Samenwerken" }, allow: STAFF_A, root: cohort },
    { file: "groepen.$cohortId.bijeenkomsten.$eveningId.agenda[.ics].tsx", method: "GET", pattern: "/groepen/:cohortId/bijeenkomsten/:eveningId/agenda.ics", what: "evening in own agenda (ICS)", path: `${g}/bijeenkomsten/${a.evening.id}/agenda.ics`, allow: MEMBERS_A, root: cohort, child: [a.evening.id] },
    { file: "groepen.$cohortId.bijeenkomsten.$eveningId.aanwezigheid.tsx", method: "GET", pattern: "/groepen/:cohortId/bijeenkomsten/:eveningId/aanwezigheid", what: "attendance sheet", path: `${g}/bijeenkomsten/${a.evening.id}/aanwezigheid`, allow: STAFF_A, root: cohort, child: [a.evening.id] },
    { file: "groepen.$cohortId.bijeenkomsten.$eveningId.aanwezigheid.tsx", method: "POST", pattern: "/groepen/:cohortId/bijeenkomsten/:eveningId/aanwezigheid", what: "take attendance", path: `${g}/bijeenkomsten/${a.evening.id}/aanwezigheid`, body: { [`status-${a.spares[0].id}`]: "PRESENT" }, allow: STAFF_A, root: cohort, child: [a.evening.id, a.spares[0].id] },

    // ---------------------------------------------------------------- course
    { file: "groepen_.$cohortId_.cursus._index.tsx", method: "GET", pattern: "/groepen/:cohortId/cursus", what: "course overview", path: `${g}/cursus`, allow: MEMBERS_A, root: cohort },
    { file: "groepen_.$cohortId_.cursus.$kind.$module._index.tsx", method: "GET", pattern: "/groepen/:cohortId/cursus/:kind/:module", what: "module page", path: `${g}/cursus/kern/sport-als-middel`, allow: MEMBERS_A, root: cohort },
    { file: "groepen_.$cohortId_.cursus.$kind.$module.$lesson.tsx", method: "GET", pattern: "/groepen/:cohortId/cursus/:kind/:module/:lesson", what: "read a lesson (with own progress and reflection)", path: lesson, allow: MEMBERS_A, root: cohort, secrets: [{ text: a.reflection.text, visibleTo: ["participantA"] }] },
    { file: "groepen_.$cohortId_.casussen.nieuw.tsx", method: "GET", pattern: "/groepen/:cohortId/casussen/nieuw?reflectie=:reflectionId", what: "new case from own reflection", path: `${g}/casussen/nieuw?reflectie=${a.reflection.id}`, allow: MEMBERS_A, root: cohort, secrets: [{ text: a.reflection.text, visibleTo: ["participantA"] }], note: "only the author's reflection text is filled in" },
    { file: "groepen_.$cohortId_.casussen.nieuw.tsx", method: "GET", pattern: "/groepen/:cohortId/casussen/nieuw?reflectie=:otherReflectionId", what: "new case from someone else's reflection", path: `${g}/casussen/nieuw?reflectie=${w.b.reflection.id}`, allow: MEMBERS_A, secrets: [{ text: w.b.reflection.text, visibleTo: [] }], note: "the page opens, the other's text never shows" },
    { file: "groepen_.$cohortId_.cursus.$kind.$module.$lesson.tsx", method: "POST", pattern: "/groepen/:cohortId/cursus/:kind/:module/:lesson", what: "mark a lesson done", path: lesson, body: { intent: "done" }, allow: MEMBERS_A, root: cohort },
    { file: "groepen_.$cohortId_.cursus.$kind.$module.$lesson.tsx", method: "POST", pattern: "/groepen/:cohortId/cursus/:kind/:module/:lesson", what: "save a reflection", path: lesson, body: { intent: "reflection", reflectionId: "m1-reflectie-1", text: "Ik zag iemand groeien door de sport." }, allow: MEMBERS_A, root: cohort },
    { file: "groepen_.$cohortId_.cursus.indeling.tsx", method: "GET", pattern: "/groepen/:cohortId/cursus/indeling", what: "course run editor", path: `${g}/cursus/indeling`, allow: STAFF_A, root: cohort },
    { file: "groepen_.$cohortId_.cursus.indeling.tsx", method: "POST", pattern: "/groepen/:cohortId/cursus/indeling", what: "change the course run", path: `${g}/cursus/indeling`, body: { intent: "optional", moduleKey: "kern/vrijwilligers" }, allow: STAFF_A, root: cohort },
    { file: "groepen_.$cohortId_.cursus.voortgang.tsx", method: "GET", pattern: "/groepen/:cohortId/cursus/voortgang", what: "progress of all participants", path: `${g}/cursus/voortgang`, allow: STAFF_A, root: cohort },
    { file: "modules._index.tsx", method: "GET", pattern: "/modules", what: "local modules library", path: "/modules", allow: FACILITATORS },
    { file: "modules.nieuw.tsx", method: "GET", pattern: "/modules/nieuw", what: "new local module form", path: "/modules/nieuw", allow: FACILITATORS },
    { file: "modules.nieuw.tsx", method: "POST", pattern: "/modules/nieuw", what: "save a new local module", path: "/modules/nieuw", body: { intent: "draft", title: "" }, allow: FACILITATORS, note: "sent invalid: answers 400" },
    { file: "modules.$moduleId._index.tsx", method: "GET", pattern: "/modules/:moduleId", what: "read own draft module", path: `/modules/${a.draftModule.id}`, allow: ["facilitatorA"], root: a.draftModule.id, note: "drafts are private to their owner" },
    { file: "modules.$moduleId._index.tsx", method: "GET", pattern: "/modules/:moduleId", what: "read a published module", path: `/modules/${a.publishedModule.id}`, allow: FACILITATORS, root: a.publishedModule.id },
    { file: "modules.$moduleId._index.tsx", method: "POST", pattern: "/modules/:moduleId", what: "copy a published module", path: `/modules/${a.publishedModule.id}`, body: { intent: "copy" }, allow: FACILITATORS, root: a.publishedModule.id },
    { file: "modules.$moduleId.bewerken.tsx", method: "GET", pattern: "/modules/:moduleId/bewerken", what: "edit own module", path: `/modules/${a.draftModule.id}/bewerken`, allow: ["facilitatorA"], root: a.draftModule.id },
    { file: "modules.$moduleId.bewerken.tsx", method: "POST", pattern: "/modules/:moduleId/bewerken", what: "save or publish own module", path: `/modules/${a.draftModule.id}/bewerken`, body: { intent: "draft", title: "" }, allow: ["facilitatorA"], root: a.draftModule.id, note: "sent invalid: answers 400" },

    // ---------------------------------------------------------------- forum
    { file: "casussen._index.tsx", method: "GET", pattern: "/casussen", what: "course-wide cases", path: "/casussen", allow: IN_ANY_COHORT },
    { file: "casussen.$caseId.tsx", method: "GET", pattern: "/casussen/:caseId", what: "read a course-wide case", path: wide, allow: IN_ANY_COHORT, root: w.courseWideCase.id },
    { file: "casussen.$caseId.tsx", method: "POST", pattern: "/casussen/:caseId", what: "reply to a course-wide case", path: wide, body: { intent: "reply", body: "Goed idee om het rustig te bespreken na de training." }, allow: IN_ANY_COHORT, root: w.courseWideCase.id },
    { file: "casussen.$caseId.tsx", method: "POST", pattern: "/casussen/:caseId", what: "report a course-wide case", path: wide, body: { intent: "report", reason: "Graag even nakijken." }, allow: IN_ANY_COHORT, root: w.courseWideCase.id },
    { file: "casussen.$caseId.tsx", method: "POST", pattern: "/casussen/:caseId", what: "edit own course-wide case", path: wide, body: { intent: "edit-case", ...caseForm }, allow: ["participantA"], root: w.courseWideCase.id, note: "the author only" },
    { file: "casussen.$caseId.tsx", method: "POST", pattern: "/casussen/:caseId", what: "hide a course-wide case", path: wideModerated, body: { intent: "hide", reason: "Bevat persoonsgegevens." }, allow: FACILITATORS, root: w.courseWideModerated.id },
    { file: "casussen.$caseId.tsx", method: "POST", pattern: "/casussen/:caseId", what: "lock a course-wide case", path: wideModerated, body: { intent: "lock" }, allow: FACILITATORS, root: w.courseWideModerated.id },
    { file: "casussen.meldingen.tsx", method: "GET", pattern: "/casussen/meldingen", what: "reports in the course-wide space", path: "/casussen/meldingen", allow: FACILITATORS },
    { file: "casussen.meldingen.tsx", method: "POST", pattern: "/casussen/meldingen", what: "handle a course-wide report", path: "/casussen/meldingen", body: { intent: "hide", caseId: w.courseWideModerated.id, reason: "Na melding verborgen." }, allow: FACILITATORS },
    { file: "groepen_.$cohortId_.casussen._index.tsx", method: "GET", pattern: "/groepen/:cohortId/casussen", what: "cases of the cohort", path: `${g}/casussen`, allow: MEMBERS_A, root: cohort },
    { file: "groepen_.$cohortId_.casussen.nieuw.tsx", method: "GET", pattern: "/groepen/:cohortId/casussen/nieuw", what: "new case form", path: `${g}/casussen/nieuw`, allow: MEMBERS_A, root: cohort },
    { file: "groepen_.$cohortId_.casussen.nieuw.tsx", method: "POST", pattern: "/groepen/:cohortId/casussen/nieuw", what: "create a case", path: `${g}/casussen/nieuw`, body: { ...caseForm, place: "groep" }, allow: MEMBERS_A, root: cohort },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "GET", pattern: "/groepen/:cohortId/casussen/:caseId", what: "read a case of the cohort", path: thread, allow: MEMBERS_A, root: cohort, child: [a.forumCase.id] },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/groepen/:cohortId/casussen/:caseId", what: "reply to a case", path: thread, body: { intent: "reply", body: "Misschien helpt een vast moment om even bij te praten." }, allow: MEMBERS_A, root: cohort, child: [a.forumCase.id] },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/groepen/:cohortId/casussen/:caseId", what: "report a reply", path: thread, body: { intent: "report", replyId: a.reply.id, reason: "Klopt dit wel?" }, allow: MEMBERS_A, root: cohort, child: [a.forumCase.id, a.reply.id] },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/groepen/:cohortId/casussen/:caseId", what: "mark a reply helpful", path: thread, body: { intent: "helpful", replyId: a.reply.id }, allow: ["participantA", "platformAdmin"], note: "the reply is by facilitator A: not on one's own reply", root: cohort, child: [a.forumCase.id, a.reply.id] },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/groepen/:cohortId/casussen/:caseId", what: "edit own case", path: thread, body: { intent: "edit-case", ...caseForm }, allow: ["participantA"], root: cohort, child: [a.forumCase.id], note: "the author only" },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/groepen/:cohortId/casussen/:caseId", what: "hide a case", path: moderated, body: { intent: "hide", reason: "Bevat persoonsgegevens." }, allow: STAFF_A, root: cohort, child: [a.moderatedCase.id] },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/groepen/:cohortId/casussen/:caseId", what: "lock a case", path: moderated, body: { intent: "lock" }, allow: STAFF_A, root: cohort, child: [a.moderatedCase.id] },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/groepen/:cohortId/casussen/:caseId", what: "mark a case read", path: thread, body: { intent: "read", js: "1" }, allow: MEMBERS_A, root: cohort, child: [a.forumCase.id] },
    { file: "groepen_.$cohortId_.casussen.meldingen.tsx", method: "GET", pattern: "/groepen/:cohortId/casussen/meldingen", what: "reports in the cohort space", path: `${g}/casussen/meldingen`, allow: STAFF_A, root: cohort },
    { file: "groepen_.$cohortId_.casussen.meldingen.tsx", method: "POST", pattern: "/groepen/:cohortId/casussen/meldingen", what: "hide a reported case", path: `${g}/casussen/meldingen`, body: { intent: "hide", caseId: a.moderatedCase.id, reason: "Na melding verborgen." }, allow: STAFF_A, root: cohort, child: [a.moderatedCase.id] },

    // ---------------------------------------------------------------- evaluation
    { file: "groepen_.$cohortId_.evaluatie.tsx", method: "GET", pattern: "/groepen/:cohortId/evaluatie", what: "evaluation form", path: `${g}/evaluatie`, allow: MEMBERS_A, root: cohort, note: "staff are sent on to /evaluatie/beheer" },
    { file: "groepen_.$cohortId_.evaluatie.tsx", method: "POST", pattern: "/groepen/:cohortId/evaluatie", what: "save an evaluation draft", path: `${g}/evaluatie`, body: { intent: "draft" }, allow: ["participantA"], root: cohort },
    { file: "groepen_.$cohortId_.evaluatie.tsx", method: "POST", pattern: "/groepen/:cohortId/evaluatie", what: "submit the evaluation", path: `${g}/evaluatie`, body: { intent: "submit" }, allow: ["participantA"], root: cohort, note: "sent incomplete: answers 400" },
    { file: "groepen_.$cohortId_.evaluatie_.beheer.tsx", method: "GET", pattern: "/groepen/:cohortId/evaluatie/beheer", what: "manage the evaluation", path: `${g}/evaluatie/beheer`, allow: STAFF_A, root: cohort },
    { file: "groepen_.$cohortId_.evaluatie_.beheer.tsx", method: "POST", pattern: "/groepen/:cohortId/evaluatie/beheer", what: "open or close the evaluation", path: `${g}/evaluatie/beheer`, body: { intent: "open" }, allow: STAFF_A, root: cohort },
    { file: "groepen_.$cohortId_.evaluatie_.vragen.tsx", method: "GET", pattern: "/groepen/:cohortId/evaluatie/vragen", what: "local questions", path: `${g}/evaluatie/vragen`, allow: STAFF_A, root: cohort },
    { file: "groepen_.$cohortId_.evaluatie_.vragen.tsx", method: "POST", pattern: "/groepen/:cohortId/evaluatie/vragen", what: "add a local question", path: `${g}/evaluatie/vragen`, body: { wording: "Wat neem je mee naar je club?", type: "text" }, allow: STAFF_A, root: cohort },
    { file: "groepen_.$cohortId_.evaluatie_.rapport.tsx", method: "GET", pattern: "/groepen/:cohortId/evaluatie/rapport", what: "read the evaluation report", path: `${g}/evaluatie/rapport`, allow: STAFF_A, root: cohort },
    { file: "groepen_.$cohortId_.evaluatie_.export.tsx", method: "GET", pattern: "/groepen/:cohortId/evaluatie/export", what: "export the evaluation (CSV)", path: `${g}/evaluatie/export?soort=antwoorden`, allow: STAFF_A, root: cohort },
    { file: "groepen_.$cohortId_.evaluatie_.vergelijken.tsx", method: "GET", pattern: "/groepen/:cohortId/evaluatie/vergelijken", what: "compare with all cohorts", path: `${g}/evaluatie/vergelijken`, allow: STAFF_A, root: cohort },
    { file: "groepen_.$cohortId_.evaluatie_.vergelijken.tsx", method: "GET", pattern: "/groepen/:cohortId/evaluatie/vergelijken?met=:otherCohortId", what: "compare with a cohort one does not run", path: `${g}/evaluatie/vergelijken?met=${w.b.cohort.id}`, allow: ADMIN, root: cohort },

    // ---------------------------------------------------------------- certificates and club register
    { file: "groepen.$cohortId.certificaat.tsx", method: "GET", pattern: "/groepen/:cohortId/certificaat", what: "own certificate page", path: `${g}/certificaat`, allow: MEMBERS_A, root: cohort },
    { file: "groepen.$cohortId.certificaat.tsx", method: "POST", pattern: "/groepen/:cohortId/certificaat", what: "claim own certificate", path: `${g}/certificaat`, body: {}, allow: ["participantA"], root: cohort },
    { file: "groepen.$cohortId.certificaat[.]pdf.tsx", method: "GET", pattern: "/groepen/:cohortId/certificaat.pdf", what: "download own certificate (PDF)", path: `${g}/certificaat.pdf`, allow: ["participantA"], root: cohort, note: "staff have no certificate of their own here: 404" },
    { file: "groepen.$cohortId.certificaat[.]pdf.tsx", method: "GET", pattern: "/groepen/:cohortId/certificaat.pdf?voor=:userId", what: "download a participant's certificate (PDF)", path: `${g}/certificaat.pdf?voor=${a.participant.id}`, allow: ["participantA", "facilitatorA", "platformAdmin"], root: cohort, child: [a.participant.id] },
    { file: "groepen.$cohortId.certificaat[.]json.tsx", method: "GET", pattern: "/groepen/:cohortId/certificaat.json", what: "download own certificate (Open Badge)", path: `${g}/certificaat.json`, allow: ["participantA"], root: cohort },
    { file: "groepen.$cohortId.certificaten.tsx", method: "GET", pattern: "/groepen/:cohortId/certificaten", what: "certificates of the cohort", path: `${g}/certificaten`, allow: STAFF_A, root: cohort },
    { file: "groepen.$cohortId.certificaten.tsx", method: "POST", pattern: "/groepen/:cohortId/certificaten", what: "issue a certificate by hand", path: `${g}/certificaten`, body: byActor({ facilitatorA: { intent: "issue", userId: a.spares[0].id, reason: "Alles gedaan, een avond gemist door ziekte." } }, { intent: "issue", userId: a.spares[1].id, reason: "Alles gedaan, een avond gemist door ziekte." }), allow: STAFF_A, root: cohort, child: [a.spares[0].id, a.spares[1].id] },
    { file: "groepen.$cohortId.certificaten.tsx", method: "POST", pattern: "/groepen/:cohortId/certificaten", what: "revoke a certificate", path: `${g}/certificaten`, body: byActor({ facilitatorA: { intent: "revoke", certificateId: a.revocable[0].id, reason: "Per vergissing uitgereikt." } }, { intent: "revoke", certificateId: a.revocable[1].id, reason: "Per vergissing uitgereikt." }), allow: STAFF_A, root: cohort, child: [a.revocable[0].id, a.revocable[1].id] },
    { file: "organisaties.$orgId.tsx", method: "GET", pattern: "/organisaties/:orgId", what: "club register with VOG", path: org, allow: CLUB_X, root: a.club.id },
    { file: "organisaties.$orgId.tsx", method: "POST", pattern: "/organisaties/:orgId", what: "confirm volunteer types", path: org, body: { intent: "types", userId: a.participant.id, types: "regulier" }, allow: CLUB_X, root: a.club.id, child: [a.participant.id] },
    { file: "organisaties.$orgId.tsx", method: "POST", pattern: "/organisaties/:orgId", what: "record VOG seen", path: org, body: { intent: "vog", userId: a.participant.id, seenOn: today }, allow: CLUB_X, root: a.club.id, child: [a.participant.id] },
    { file: "organisaties.$orgId.tsx", method: "POST", pattern: "/organisaties/:orgId", what: "make a club invitation", path: org, body: { intent: "invite" }, allow: CLUB_X, root: a.club.id },
    { file: "organisaties.$orgId.tsx", method: "POST", pattern: "/organisaties/:orgId", what: "accept a membership request", path: org, body: { intent: "accept", userId: a.pending.id }, allow: CLUB_X, root: a.club.id, child: [a.pending.id] },
    { file: "organisaties.$orgId_.register[.]csv.tsx", method: "GET", pattern: "/organisaties/:orgId/register.csv", what: "export the club register (CSV)", path: `${org}/register.csv`, allow: CLUB_X, root: a.club.id },
  ];
}
