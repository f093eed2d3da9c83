import { catalogueHref } from "~/i18n/catalogue-files.server";
import { unsubscribeToken } from "~/modules/notify/unsubscribe-link.server";
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
/** Coalition A: the admin of club X is its coordinator, participant A a member; platform admins may look and coordinate but hold no seat. */
const COALITION_A: Role[] = ["participantA", "orgAdminX", "platformAdmin"];
const SEATED_A: Role[] = ["participantA", "orgAdminX"];
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
  pairs.push([a.coalition.coalition.id, b.coalition.coalition.id], [a.coalition.town.id, b.coalition.town.id], [a.coalition.event.id, b.coalition.event.id], [a.coalition.agreement.id, b.coalition.agreement.id]);
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
  const co = `/coalities/${a.coalition.coalition.id}`;
  const coalition = a.coalition.coalition.id;
  const scanForm = { intent: "submit", ...Object.fromEntries(["ambitie", "belangen", "relatie", "organisatie", "proces"].flatMap((aspect, index) => [[`score-${aspect}`, String(5 + index)], [`why-${aspect}`, "Het groeit."]])) };

  return [
    // ---------------------------------------------------------------- public and account
    { file: "$.tsx", method: "GET", pattern: "/<unknown>", what: "unknown address (404 page)", path: "/bestaat-niet", allow: NOBODY, note: "404 for everyone" },
    { file: "$.tsx", method: "POST", pattern: "/<unknown>", what: "post to an unknown address", path: "/bestaat-niet", body: {}, allow: NOBODY, note: "404 for everyone" },
    { file: "[.]well-known.jwks[.]json.tsx", method: "GET", pattern: "/.well-known/jwks.json", what: "public keys of the credentials", path: "/.well-known/jwks.json", allow: ALL },
    { file: "status.$list.tsx", method: "GET", pattern: "/status/:list", what: "certificate status list (Open Badges revocation)", path: "/status/0", allow: ALL },
    { file: "issuer.tsx", method: "GET", pattern: "/issuer", what: "Open Badges issuer profile", path: "/issuer", allow: ALL },
    { file: "_index.tsx", method: "GET", pattern: "/", what: "home page", path: "/", allow: ALL },
    { file: "privacy.tsx", method: "GET", pattern: "/privacy", what: "privacy statement", path: "/privacy", allow: ALL },
    { file: "toegankelijkheid.tsx", method: "GET", pattern: "/toegankelijkheid", what: "accessibility statement", path: "/toegankelijkheid", allow: ALL },
    { file: "ping.tsx", method: "GET", pattern: "/ping", what: "trivial page", path: "/ping", allow: ALL },
    { file: "i18n.$file.tsx", method: "GET", pattern: "/i18n/:file", what: "message catalogue (content-hashed file)", path: catalogueHref("en") ?? "", allow: ALL },
    { file: "lescode.$file.tsx", method: "GET", pattern: "/lescode/:file", what: "a compiled lesson as a JavaScript module (content-hashed file)", path: w.lessonModule, allow: LOGGED_IN, root: w.lessonModule.slice("/lescode/".length), token: true, note: "the MDX's content hash is the secret; 404 for an address nobody compiled" },
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
    { file: "account_.meldingen.tsx", method: "GET", pattern: "/account/meldingen", what: "own mail preferences", path: "/account/meldingen", allow: LOGGED_IN },
    { file: "account_.meldingen.tsx", method: "POST", pattern: "/account/meldingen", what: "change own mail preferences", path: "/account/meldingen", body: { replies: "batched", kinds: "1", receive: ["reports", "reminders", "announcements", "vog"] }, allow: LOGGED_IN },
    { file: "afmelden.$token.tsx", method: "GET", pattern: "/afmelden/:token", what: "unsubscribe page of a signed mail link (asks, changes nothing)", path: `/afmelden/${unsubscribeToken(a.participant.id, "announcements")}`, allow: ALL, root: unsubscribeToken(a.participant.id, "announcements"), token: true },
    { file: "afmelden.$token.tsx", method: "POST", pattern: "/afmelden/:token", what: "one-click unsubscribe (RFC 8058) for the link's own person and kind", path: `/afmelden/${unsubscribeToken(a.participant.id, "announcements")}`, body: { "List-Unsubscribe": "One-Click" }, allow: ALL, root: unsubscribeToken(a.participant.id, "announcements"), token: true, note: "works without login: the signed token is the authority" },
    { file: "agenda.$token.bijeenkomsten[.ics].tsx", method: "GET", pattern: "/agenda/:token/bijeenkomsten.ics", what: "subscribable calendar feed (secret token)", path: `/agenda/${w.feedToken}/bijeenkomsten.ics`, allow: ALL, root: w.feedToken, token: true },
    { file: "account_.agenda.tsx", method: "GET", pattern: "/account/agenda", what: "own calendar subscription", path: "/account/agenda", allow: LOGGED_IN },
    { file: "account_.agenda.tsx", method: "POST", pattern: "/account/agenda", what: "turn on or reset own calendar feed", path: "/account/agenda", body: {}, allow: LOGGED_IN },
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
    { file: "groepen.$cohortId.instellingen.tsx", method: "GET", pattern: "/groepen/:cohortId/instellingen", what: "cohort settings", path: `${g}/instellingen`, allow: STAFF_A, root: cohort },
    { file: "groepen.$cohortId.instellingen.tsx", method: "POST", pattern: "/groepen/:cohortId/instellingen", what: "change the cohort's settings and completion rules", path: `${g}/instellingen`, body: { intent: "settings", name: "", place: "Hengelo" }, allow: STAFF_A, root: cohort, note: "sent invalid: answers 400" },
    { file: "groepen.$cohortId.instellingen.tsx", method: "POST", pattern: "/groepen/:cohortId/instellingen", what: "add a co-facilitator", path: `${g}/instellingen`, body: { intent: "add-co", email: "geen-adres" }, allow: STAFF_A, root: cohort, note: "sent invalid: answers 400" },
    { file: "groepen.$cohortId.instellingen.tsx", method: "POST", pattern: "/groepen/:cohortId/instellingen", what: "remove a co-facilitator", path: `${g}/instellingen`, body: { intent: "remove-co", userId: a.participant.id }, allow: STAFF_A, root: cohort, child: [a.participant.id], note: "not a co-facilitator: answers 400" },
    { file: "groepen.$cohortId.instellingen.tsx", method: "POST", pattern: "/groepen/:cohortId/instellingen", what: "move a participant to another cohort", path: `${g}/instellingen`, body: { intent: "move", userId: a.spares[0].id, targetCohortId: "clzzzzzzzzzzzzzzzzzzzzzzy" }, allow: STAFF_A, root: cohort, child: [a.spares[0].id], note: "to an unknown cohort: answers 400 (tests/integration/season-cohorts.test.ts moves for real)" },
    { file: "groepen.$cohortId.instellingen.tsx", method: "POST", pattern: "/groepen/:cohortId/instellingen", what: "archive the cohort", path: `${g}/instellingen`, body: { intent: "archive" }, allow: STAFF_A, root: cohort, note: "not finished yet: answers 400" },
    { file: "groepen.$cohortId.welkom.tsx", method: "GET", pattern: "/groepen/:cohortId/welkom", what: "welcome after joining", path: `${g}/welkom`, allow: MEMBERS_A, root: cohort },
    { file: "groepen.$cohortId.welkom.tsx", method: "POST", pattern: "/groepen/:cohortId/welkom", what: "complete own profile", path: `${g}/welkom`, body: {}, allow: MEMBERS_A, root: cohort },
    { file: "groepen.$cohortId.berichten.tsx", method: "GET", pattern: "/groepen/:cohortId/berichten", what: "announcements of the cohort and the form to write one", path: `${g}/berichten`, allow: STAFF_A, root: cohort },
    { file: "groepen.$cohortId.berichten.tsx", method: "POST", pattern: "/groepen/:cohortId/berichten", what: "send an announcement to the cohort", path: `${g}/berichten`, body: { title: "", body: "" }, allow: STAFF_A, root: cohort, note: "sent invalid: answers 400 with field errors" },
    { file: "groepen.$cohortId.uitnodigen.tsx", method: "GET", pattern: "/groepen/:cohortId/uitnodigen", what: "invitations of the cohort", path: `${g}/uitnodigen`, allow: STAFF_A, root: cohort },
    { file: "groepen.$cohortId.uitnodigen.tsx", method: "POST", pattern: "/groepen/:cohortId/uitnodigen", what: "make an invitation link", path: `${g}/uitnodigen`, body: { intent: "link", validDays: "7" }, allow: STAFF_A, root: cohort },
    { file: "groepen.$cohortId.uitnodigen.tsx", method: "POST", pattern: "/groepen/:cohortId/uitnodigen", what: "invite by email", path: `${g}/uitnodigen`, body: { intent: "email", email: "nieuw-lid@voorbeeld.nl" }, allow: STAFF_A, root: cohort },
    { file: "groepen.$cohortId.uitnodigen.tsx", method: "POST", pattern: "/groepen/:cohortId/uitnodigen", what: "revoke an invitation", path: `${g}/uitnodigen`, body: byActor({ facilitatorA: { intent: "revoke", invitationId: a.invitations[0].id } }, { intent: "revoke", invitationId: a.invitations[1].id }), allow: STAFF_A, root: cohort, child: [a.invitations[0].id, a.invitations[1].id] },
    { file: "groepen.$cohortId.uitnodigen_.lijst.tsx", method: "GET", pattern: "/groepen/:cohortId/uitnodigen/lijst", what: "bulk invitations and who has not accepted", path: `${g}/uitnodigen/lijst`, allow: STAFF_A, root: cohort },
    { file: "groepen.$cohortId.uitnodigen_.lijst.tsx", method: "POST", pattern: "/groepen/:cohortId/uitnodigen/lijst", what: "invite a pasted list", path: `${g}/uitnodigen/lijst`, body: { list: "geen-adres" }, allow: STAFF_A, root: cohort, note: "only an invalid address: answers with the per-row outcome, invites nobody" },
    { file: "groepen.$cohortId.uitnodigen_.lijst.tsx", method: "POST", pattern: "/groepen/:cohortId/uitnodigen/lijst", what: "resend an invitation", path: `${g}/uitnodigen/lijst`, body: { intent: "resend", invitationId: a.invitations[1].id }, allow: STAFF_A, root: cohort, child: [a.invitations[1].id], note: "a link without an address: answers 400" },
    { file: "groepen.$cohortId.overzicht.tsx", method: "GET", pattern: "/groepen/:cohortId/overzicht", what: "progress dashboard", path: `${g}/overzicht`, allow: STAFF_A, root: cohort },
    { file: "groepen.$cohortId.overzicht[.csv].tsx", method: "GET", pattern: "/groepen/:cohortId/overzicht.csv", what: "export the dashboard (CSV)", path: `${g}/overzicht.csv`, allow: STAFF_A, root: cohort },
    { file: "groepen.$cohortId.bijeenkomsten._index.tsx", method: "GET", pattern: "/groepen/:cohortId/bijeenkomsten", what: "course evenings", path: `${g}/bijeenkomsten`, allow: MEMBERS_A, root: cohort },
    { file: "groepen.$cohortId.bijeenkomsten._index.tsx", method: "POST", pattern: "/groepen/:cohortId/bijeenkomsten", what: "plan an evening", path: `${g}/bijeenkomsten`, body: { date: "2026-11-12", startTime: "19:30", endTime: "21:30", place: "Clubhuis", topic: "Samenwerken" }, allow: STAFF_A, root: cohort },
    { file: "groepen.$cohortId.bijeenkomsten.$eveningId.agenda[.ics].tsx", method: "GET", pattern: "/groepen/:cohortId/bijeenkomsten/:eveningId/agenda.ics", what: "evening in own agenda (ICS)", path: `${g}/bijeenkomsten/${a.evening.id}/agenda.ics`, allow: MEMBERS_A, root: cohort, child: [a.evening.id] },
    { file: "groepen.$cohortId.bijeenkomsten.$eveningId.bewerken.tsx", method: "GET", pattern: "/groepen/:cohortId/bijeenkomsten/:eveningId/bewerken", what: "change or cancel an evening (form)", path: `${g}/bijeenkomsten/${a.evening.id}/bewerken`, allow: STAFF_A, root: cohort, child: [a.evening.id] },
    { file: "groepen.$cohortId.bijeenkomsten.$eveningId.bewerken.tsx", method: "POST", pattern: "/groepen/:cohortId/bijeenkomsten/:eveningId/bewerken", what: "move or rename an evening", path: `${g}/bijeenkomsten/${a.evening.id}/bewerken`, body: { intent: "edit", date: "2026-10-02", startTime: "21:00", endTime: "19:00", place: "Clubhuis", topic: "Kennismaken" }, allow: STAFF_A, root: cohort, child: [a.evening.id], note: "sent invalid: answers 400" },
    { file: "groepen.$cohortId.bijeenkomsten.$eveningId.bewerken.tsx", method: "POST", pattern: "/groepen/:cohortId/bijeenkomsten/:eveningId/bewerken", what: "cancel an evening", path: `${g}/bijeenkomsten/${a.evening.id}/bewerken`, body: { intent: "cancel", reason: "" }, allow: STAFF_A, root: cohort, child: [a.evening.id], note: "sent without a reason: answers 400" },
    { file: "groepen.$cohortId.bijeenkomsten.$eveningId.bewerken.tsx", method: "POST", pattern: "/groepen/:cohortId/bijeenkomsten/:eveningId/bewerken", what: "delete an evening", path: `${g}/bijeenkomsten/${a.evening.id}/bewerken`, body: { intent: "delete" }, allow: STAFF_A, root: cohort, child: [a.evening.id], note: "attendance recorded: answers 409" },
    { file: "groepen.$cohortId.bijeenkomsten.$eveningId.afmelden.tsx", method: "GET", pattern: "/groepen/:cohortId/bijeenkomsten/:eveningId/afmelden", what: "apology form", path: `${g}/bijeenkomsten/${a.evening.id}/afmelden`, allow: ["participantA"], root: cohort, child: [a.evening.id], note: "participants only" },
    { file: "groepen.$cohortId.bijeenkomsten.$eveningId.afmelden.tsx", method: "POST", pattern: "/groepen/:cohortId/bijeenkomsten/:eveningId/afmelden", what: "send an apology", path: `${g}/bijeenkomsten/${a.evening.id}/afmelden`, body: { reason: "Wedstrijd" }, allow: ["participantA"], root: cohort, child: [a.evening.id], note: "the evening is past: answers 409 (tests/integration/season-evenings.test.ts apologises for real)" },
    { file: "groepen.$cohortId.bijeenkomsten.$eveningId.aanwezigheid.tsx", method: "GET", pattern: "/groepen/:cohortId/bijeenkomsten/:eveningId/aanwezigheid", what: "attendance sheet", path: `${g}/bijeenkomsten/${a.evening.id}/aanwezigheid`, allow: STAFF_A, root: cohort, child: [a.evening.id] },
    { file: "groepen.$cohortId.bijeenkomsten.$eveningId.aanwezigheid.tsx", method: "POST", pattern: "/groepen/:cohortId/bijeenkomsten/:eveningId/aanwezigheid", what: "take attendance", path: `${g}/bijeenkomsten/${a.evening.id}/aanwezigheid`, body: { [`status-${a.spares[0].id}`]: "PRESENT" }, allow: STAFF_A, root: cohort, child: [a.evening.id, a.spares[0].id] },

    // ---------------------------------------------------------------- course
    { file: "groepen_.$cohortId_.cursus._index.tsx", method: "GET", pattern: "/groepen/:cohortId/cursus", what: "course overview", path: `${g}/cursus`, allow: MEMBERS_A, root: cohort },
    { file: "groepen_.$cohortId_.cursus.$kind.$module._index.tsx", method: "GET", pattern: "/groepen/:cohortId/cursus/:kind/:module", what: "module page", path: `${g}/cursus/kern/sport-als-middel`, allow: MEMBERS_A, root: cohort },
    { file: "groepen_.$cohortId_.cursus.$kind.$module.$lesson.tsx", method: "GET", pattern: "/groepen/:cohortId/cursus/:kind/:module/:lesson", what: "read a lesson (with own progress and reflection)", path: lesson, allow: MEMBERS_A, root: cohort, secrets: [{ text: a.reflection.text, visibleTo: ["participantA"] }] },
    { file: "groepen_.$cohortId_.casussen.nieuw.tsx", method: "GET", pattern: "/groepen/:cohortId/casussen/nieuw?reflectie=:reflectionId", what: "new case from own reflection", path: `${g}/casussen/nieuw?reflectie=${a.reflection.id}`, allow: MEMBERS_A, root: cohort, secrets: [{ text: a.reflection.text, visibleTo: ["participantA"] }], note: "only the author's reflection text is filled in" },
    { file: "groepen_.$cohortId_.casussen.nieuw.tsx", method: "GET", pattern: "/groepen/:cohortId/casussen/nieuw?reflectie=:otherReflectionId", what: "new case from someone else's reflection", path: `${g}/casussen/nieuw?reflectie=${w.b.reflection.id}`, allow: MEMBERS_A, secrets: [{ text: w.b.reflection.text, visibleTo: [] }], note: "the page opens, the other's text never shows" },
    { file: "groepen_.$cohortId_.cursus.$kind.$module.$lesson.tsx", method: "POST", pattern: "/groepen/:cohortId/cursus/:kind/:module/:lesson", what: "mark a lesson done", path: lesson, body: { intent: "done" }, allow: MEMBERS_A, root: cohort },
    { file: "groepen_.$cohortId_.cursus.$kind.$module.$lesson.tsx", method: "POST", pattern: "/groepen/:cohortId/cursus/:kind/:module/:lesson", what: "note that a lesson was opened (for the measured study time)", path: lesson, body: { intent: "opened" }, allow: MEMBERS_A, root: cohort },
    { file: "groepen_.$cohortId_.cursus.$kind.$module.$lesson.tsx", method: "POST", pattern: "/groepen/:cohortId/cursus/:kind/:module/:lesson", what: "save a reflection", path: lesson, body: { intent: "reflection", reflectionId: "m1-reflectie-1", text: "Ik zag iemand groeien door de sport." }, allow: MEMBERS_A, root: cohort },
    { file: "groepen_.$cohortId_.cursus.indeling.tsx", method: "GET", pattern: "/groepen/:cohortId/cursus/indeling", what: "course run editor", path: `${g}/cursus/indeling`, allow: STAFF_A, root: cohort },
    { file: "groepen_.$cohortId_.cursus.indeling.tsx", method: "POST", pattern: "/groepen/:cohortId/cursus/indeling", what: "change the course run", path: `${g}/cursus/indeling`, body: { intent: "optional", moduleKey: "kern/vrijwilligers" }, allow: STAFF_A, root: cohort },
    { file: "groepen_.$cohortId_.cursus.indeling.tsx", method: "POST", pattern: "/groepen/:cohortId/cursus/indeling", what: "switch 'two worlds, one task' on or off for the cohort", path: `${g}/cursus/indeling`, body: { intent: "cross-sector-off" }, allow: STAFF_A, root: cohort },
    { file: "groepen_.$cohortId_.cursus.indeling.tsx", method: "POST", pattern: "/groepen/:cohortId/cursus/indeling", what: "switch the tandem assignment on or off for the cohort", path: `${g}/cursus/indeling`, body: { intent: "tandem-off" }, allow: STAFF_A, root: cohort },
    { file: "groepen.$cohortId.sociale-kaart.tsx", method: "GET", pattern: "/groepen/:cohortId/sociale-kaart", what: "own social map (and the cohort's local entries for staff)", path: `${g}/sociale-kaart`, allow: MEMBERS_A, root: cohort },
    { file: "groepen.$cohortId.sociale-kaart.tsx", method: "POST", pattern: "/groepen/:cohortId/sociale-kaart", what: "save own social map", path: `${g}/sociale-kaart`, body: { intent: "own", wijkteam: "Wijkteam Oost, 053 000 0000" }, allow: MEMBERS_A, root: cohort },
    { file: "groepen.$cohortId.sociale-kaart.tsx", method: "POST", pattern: "/groepen/:cohortId/sociale-kaart", what: "set the cohort's local entries of the social map", path: `${g}/sociale-kaart`, body: { intent: "defaults", wijkteam: "Wijkteam Oost" }, allow: STAFF_A, root: cohort },
    { file: "groepen.$cohortId.sociale-kaart[.]pdf.tsx", method: "GET", pattern: "/groepen/:cohortId/sociale-kaart.pdf", what: "own social map as PDF", path: `${g}/sociale-kaart.pdf`, allow: MEMBERS_A, root: cohort },
    { file: "groepen.$cohortId.tandem.tsx", method: "GET", pattern: "/groepen/:cohortId/tandem", what: "tandem assignment: own pair and report; for staff every pair, who waits and who is unpaired", path: `${g}/tandem`, allow: MEMBERS_A, root: cohort },
    { file: "groepen.$cohortId.tandem.tsx", method: "POST", pattern: "/groepen/:cohortId/tandem", what: "write one's own half of the tandem report", path: `${g}/tandem`, body: { intent: "half", saw: "Een inloopochtend in het buurthuis.", takes: "Ik bel het wijkteam." }, allow: MEMBERS_A, root: cohort, note: "without a tandem: 409" },
    { file: "groepen.$cohortId.tandem.tsx", method: "POST", pattern: "/groepen/:cohortId/tandem", what: "pick a tandem partner from the other world", path: `${g}/tandem`, body: { intent: "choose", partnerId: "" }, allow: ["participantA"], root: cohort },
    { file: "groepen.$cohortId.tandem.tsx", method: "POST", pattern: "/groepen/:cohortId/tandem", what: "pair a sport and a zorg/welzijn participant", path: `${g}/tandem`, body: { intent: "pair", sportUserId: "", socialUserId: "" }, allow: STAFF_A, root: cohort },
    { file: "groepen.$cohortId.tandem.tsx", method: "POST", pattern: "/groepen/:cohortId/tandem", what: "undo a tandem", path: `${g}/tandem`, body: { intent: "unpair", tandemId: "geen-tandem" }, allow: STAFF_A, root: cohort },
    { file: "modules._index.tsx", method: "GET", pattern: "/modules", what: "local modules library", path: "/modules", allow: FACILITATORS },
    { file: "modules.nieuw.tsx", method: "GET", pattern: "/modules/nieuw", what: "new local module form", path: "/modules/nieuw", allow: FACILITATORS },
    { file: "modules.nieuw.tsx", method: "POST", pattern: "/modules/nieuw", what: "save a new local module", path: "/modules/nieuw", body: { intent: "draft", title: "" }, allow: FACILITATORS, note: "sent invalid: answers 400" },
    { file: "modules.$moduleId._index.tsx", method: "GET", pattern: "/modules/:moduleId", what: "read own draft module", path: `/modules/${a.draftModule.id}`, allow: ["facilitatorA"], root: a.draftModule.id, note: "drafts are private to their owner" },
    { file: "modules.$moduleId._index.tsx", method: "GET", pattern: "/modules/:moduleId", what: "read a published module", path: `/modules/${a.publishedModule.id}`, allow: FACILITATORS, root: a.publishedModule.id },
    { file: "modules.$moduleId._index.tsx", method: "POST", pattern: "/modules/:moduleId", what: "copy a published module", path: `/modules/${a.publishedModule.id}`, body: { intent: "copy" }, allow: FACILITATORS, root: a.publishedModule.id },
    { file: "modules.$moduleId.bewerken.tsx", method: "GET", pattern: "/modules/:moduleId/bewerken", what: "edit own module", path: `/modules/${a.draftModule.id}/bewerken`, allow: ["facilitatorA"], root: a.draftModule.id },
    { file: "modules.$moduleId.bewerken.tsx", method: "POST", pattern: "/modules/:moduleId/bewerken", what: "save or publish own module", path: `/modules/${a.draftModule.id}/bewerken`, body: { intent: "draft", title: "" }, allow: ["facilitatorA"], root: a.draftModule.id, note: "sent invalid: answers 400" },

    // ---------------------------------------------------------------- forum
    { file: "groepen_.$cohortId_.casussen._index.tsx", method: "GET", pattern: "/casussen", what: "course-wide cases", path: "/casussen", allow: IN_ANY_COHORT },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "GET", pattern: "/casussen/:caseId", what: "read a course-wide case", path: wide, allow: IN_ANY_COHORT, root: w.courseWideCase.id },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/casussen/:caseId", what: "reply to a course-wide case", path: wide, body: { intent: "reply", body: "Goed idee om het rustig te bespreken na de training." }, allow: IN_ANY_COHORT, root: w.courseWideCase.id },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/casussen/:caseId", what: "report a course-wide case", path: wide, body: { intent: "report", reason: "Graag even nakijken." }, allow: IN_ANY_COHORT, root: w.courseWideCase.id },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/casussen/:caseId", what: "edit own course-wide case", path: wide, body: { intent: "edit-case", ...caseForm }, allow: ["participantA"], root: w.courseWideCase.id, note: "the author only" },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/casussen/:caseId", what: "hide a course-wide case", path: wideModerated, body: { intent: "hide", reason: "Bevat persoonsgegevens." }, allow: FACILITATORS, root: w.courseWideModerated.id },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/casussen/:caseId", what: "lock a course-wide case", path: wideModerated, body: { intent: "lock" }, allow: FACILITATORS, root: w.courseWideModerated.id },
    { file: "groepen_.$cohortId_.casussen.meldingen.tsx", method: "GET", pattern: "/casussen/meldingen", what: "reports in the course-wide space", path: "/casussen/meldingen", allow: FACILITATORS },
    { file: "groepen_.$cohortId_.casussen.meldingen.tsx", method: "POST", pattern: "/casussen/meldingen", what: "handle a course-wide report", path: "/casussen/meldingen", body: { intent: "hide", caseId: w.courseWideModerated.id, reason: "Na melding verborgen." }, allow: FACILITATORS },
    { file: "groepen_.$cohortId_.casussen._index.tsx", method: "GET", pattern: "/groepen/:cohortId/casussen", what: "cases of the cohort", path: `${g}/casussen`, allow: MEMBERS_A, root: cohort },
    { file: "groepen_.$cohortId_.casussen.nieuw.tsx", method: "GET", pattern: "/groepen/:cohortId/casussen/nieuw", what: "new case form", path: `${g}/casussen/nieuw`, allow: MEMBERS_A, root: cohort },
    { file: "groepen_.$cohortId_.casussen.nieuw.tsx", method: "POST", pattern: "/groepen/:cohortId/casussen/nieuw", what: "create a case", path: `${g}/casussen/nieuw`, body: { ...caseForm, place: "groep" }, allow: MEMBERS_A, root: cohort },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "GET", pattern: "/groepen/:cohortId/casussen/:caseId", what: "read a case of the cohort", path: thread, allow: MEMBERS_A, root: cohort, child: [a.forumCase.id] },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/groepen/:cohortId/casussen/:caseId", what: "reply to a case", path: thread, body: { intent: "reply", body: "Misschien helpt een vast moment om even bij te praten." }, allow: MEMBERS_A, root: cohort, child: [a.forumCase.id] },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/groepen/:cohortId/casussen/:caseId", what: "report a reply", path: thread, body: { intent: "report", replyId: a.reply.id, reason: "Klopt dit wel?" }, allow: MEMBERS_A, root: cohort, child: [a.forumCase.id, a.reply.id] },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/groepen/:cohortId/casussen/:caseId", what: "mark a reply helpful", path: thread, body: { intent: "helpful", replyId: a.reply.id }, allow: ["participantA", "platformAdmin"], note: "the reply is by facilitator A: not on one's own reply", root: cohort, child: [a.forumCase.id, a.reply.id] },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/groepen/:cohortId/casussen/:caseId", what: "edit own case", path: thread, body: { intent: "edit-case", ...caseForm }, allow: ["participantA"], root: cohort, child: [a.forumCase.id], note: "the author only" },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/groepen/:cohortId/casussen/:caseId", what: "erase earlier versions of own case", path: thread, body: { intent: "forget-history" }, allow: ["participantA"], root: cohort, child: [a.forumCase.id], note: "the author only" },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/groepen/:cohortId/casussen/:caseId", what: "hide a case", path: moderated, body: { intent: "hide", reason: "Bevat persoonsgegevens." }, allow: STAFF_A, root: cohort, child: [a.moderatedCase.id] },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/groepen/:cohortId/casussen/:caseId", what: "lock a case", path: moderated, body: { intent: "lock" }, allow: STAFF_A, root: cohort, child: [a.moderatedCase.id] },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/groepen/:cohortId/casussen/:caseId", what: "mark a case read", path: thread, body: { intent: "read", js: "1" }, allow: MEMBERS_A, root: cohort, child: [a.forumCase.id] },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/groepen/:cohortId/casussen/:caseId", what: "follow a case (mail on new replies)", path: thread, body: { intent: "follow" }, allow: MEMBERS_A, root: cohort, child: [a.forumCase.id] },
    { file: "groepen_.$cohortId_.casussen.$caseId.tsx", method: "POST", pattern: "/groepen/:cohortId/casussen/:caseId", what: "unfollow a case", path: thread, body: { intent: "unfollow" }, allow: MEMBERS_A, root: cohort, child: [a.forumCase.id] },
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
    { file: "mijn-overzicht.tsx", method: "GET", pattern: "/mijn-overzicht", what: "own overview: cohorts, next evening, all own certificates", path: "/mijn-overzicht", allow: LOGGED_IN, secrets: [{ text: a.ownCertificate.code, visibleTo: ["participantA"] }] },
    { file: "mijn-overzicht.certificaten.$certificateId.certificaat[.]pdf.tsx", method: "GET", pattern: "/mijn-overzicht/certificaten/:certificateId/certificaat.pdf", what: "download own certificate by id (PDF), also after leaving the cohort", path: `/mijn-overzicht/certificaten/${a.ownCertificate.id}/certificaat.pdf`, allow: ["participantA"], root: a.ownCertificate.id, note: "the holder only" },
    { file: "mijn-overzicht.certificaten.$certificateId.open-badge[.]json.tsx", method: "GET", pattern: "/mijn-overzicht/certificaten/:certificateId/open-badge.json", what: "download own certificate by id (Open Badge)", path: `/mijn-overzicht/certificaten/${a.ownCertificate.id}/open-badge.json`, allow: ["participantA"], root: a.ownCertificate.id, note: "the holder only" },
    { file: "organisaties.$orgId.tsx", method: "GET", pattern: "/organisaties/:orgId", what: "club register with VOG", path: org, allow: CLUB_X, root: a.club.id },
    { file: "organisaties.$orgId.tsx", method: "POST", pattern: "/organisaties/:orgId", what: "confirm volunteer types", path: org, body: { intent: "types", userId: a.participant.id, types: "regulier" }, allow: CLUB_X, root: a.club.id, child: [a.participant.id] },
    { file: "organisaties.$orgId.tsx", method: "POST", pattern: "/organisaties/:orgId", what: "record VOG seen", path: org, body: { intent: "vog", userId: a.participant.id, seenOn: today }, allow: CLUB_X, root: a.club.id, child: [a.participant.id] },
    { file: "organisaties.$orgId.tsx", method: "POST", pattern: "/organisaties/:orgId", what: "make a club invitation", path: org, body: { intent: "invite" }, allow: CLUB_X, root: a.club.id },
    { file: "organisaties.$orgId.tsx", method: "POST", pattern: "/organisaties/:orgId", what: "accept a membership request", path: org, body: { intent: "accept", userId: a.pending.id }, allow: CLUB_X, root: a.club.id, child: [a.pending.id] },
    { file: "organisaties.$orgId_.register[.]csv.tsx", method: "GET", pattern: "/organisaties/:orgId/register.csv", what: "export the club register (CSV)", path: `${org}/register.csv`, allow: CLUB_X, root: a.club.id },
    { file: "organisaties.$orgId_.werklijst.tsx", method: "GET", pattern: "/organisaties/:orgId/werklijst?filter=&sort=", what: "club register as a working list (counts, filter, sort)", path: `${org}/werklijst?filter=vog-probleem&sort=vog`, allow: CLUB_X, root: a.club.id },
    { file: "organisaties.$orgId_.werklijst.tsx", method: "POST", pattern: "/organisaties/:orgId/werklijst", what: "record a volunteer without an account", path: `${org}/werklijst`, body: { intent: "record", name: "" }, allow: CLUB_X, root: a.club.id, note: "sent invalid: answers 400" },
    { file: "organisaties.$orgId_.werklijst.tsx", method: "POST", pattern: "/organisaties/:orgId/werklijst", what: "link a recorded volunteer to a member", path: `${org}/werklijst`, body: { intent: "link", recordId: "clzzzzzzzzzzzzzzzzzzzzzzx", userId: a.participant.id }, allow: CLUB_X, root: a.club.id, child: [a.participant.id], note: "unknown record: answers 400 (tests/integration/season-register.test.ts links for real)" },
    { file: "organisaties.$orgId_.leden.tsx", method: "GET", pattern: "/organisaties/:orgId/leden", what: "club members, administrators, cohorts and enrolment", path: `${org}/leden`, allow: CLUB_X, root: a.club.id },
    { file: "organisaties.$orgId_.leden.tsx", method: "POST", pattern: "/organisaties/:orgId/leden", what: "step down as the last administrator", path: `${org}/leden`, body: { intent: "remove-admin", userId: a.orgAdmin.id }, allow: CLUB_X, root: a.club.id, note: "the last administrator: answers 400" },
    { file: "organisaties.$orgId_.leden.tsx", method: "POST", pattern: "/organisaties/:orgId/leden", what: "appoint a co-administrator", path: `${org}/leden`, body: { intent: "appoint", userId: a.spares[1].id }, allow: CLUB_X, root: a.club.id, child: [a.spares[1].id], note: "not a member of the club: answers 400 (tests/integration/season-organisations.test.ts appoints for real)" },
    { file: "organisaties.$orgId_.leden.tsx", method: "POST", pattern: "/organisaties/:orgId/leden", what: "remove a member", path: `${org}/leden`, body: { intent: "remove", userId: a.spares[0].id }, allow: CLUB_X, root: a.club.id, child: [a.spares[0].id] },
    { file: "organisaties.$orgId_.leden.tsx", method: "POST", pattern: "/organisaties/:orgId/leden", what: "accept a membership request", path: `${org}/leden`, body: { intent: "accept", userId: a.pending.id }, allow: CLUB_X, root: a.club.id, child: [a.pending.id] },
    { file: "beheer_.organisaties.$orgId.tsx", method: "GET", pattern: "/beheer/organisaties/:orgId?zoek=:query", what: "admin: edit an organisation, search people", path: `/beheer/organisaties/${a.club.id}?zoek=Deelnemer`, allow: ADMIN, root: a.club.id },
    { file: "beheer_.organisaties.$orgId.tsx", method: "POST", pattern: "/beheer/organisaties/:orgId", what: "admin: edit an organisation", path: `/beheer/organisaties/${a.club.id}`, body: { intent: "edit", name: "", type: "SPORTVERENIGING", town: "Almelo" }, allow: ADMIN, root: a.club.id, note: "sent invalid: answers 400" },
    { file: "beheer_.organisaties.$orgId.tsx", method: "POST", pattern: "/beheer/organisaties/:orgId", what: "admin: remove the last organisation administrator", path: `/beheer/organisaties/${a.club.id}`, body: { intent: "remove-admin", userId: a.orgAdmin.id }, allow: ADMIN, root: a.club.id, note: "the last administrator: answers 400" },
    { file: "beheer_.organisaties.$orgId.tsx", method: "POST", pattern: "/beheer/organisaties/:orgId", what: "admin: appoint an organisation administrator", path: `/beheer/organisaties/${a.club.id}`, body: { intent: "appoint", userId: w.spare.id }, allow: ADMIN, root: a.club.id },

    // ---------------------------------------------------------------- coalitions
    { file: "coalities._index.tsx", method: "GET", pattern: "/coalities", what: "own coalitions", path: "/coalities", allow: LOGGED_IN },
    { file: "coalities._index.tsx", method: "POST", pattern: "/coalities", what: "start a coalition for an administered organisation", path: "/coalities", body: { name: "Matrixcoalitie", ambition: "Samen meer mensen laten sporten.", orgId: a.club.id }, allow: [...CLUB_X, "orgAdminY"], note: "an administrator of another organisation gets 400" },
    { file: "coalities.$coalitionId._index.tsx", method: "GET", pattern: "/coalities/:coalitionId", what: "coalition page", path: co, allow: COALITION_A, root: coalition, secrets: [{ text: a.coalition.coalition.ambition, visibleTo: COALITION_A }] },
    { file: "coalities.$coalitionId._index.tsx", method: "POST", pattern: "/coalities/:coalitionId", what: "change name and ambition", path: co, body: { intent: "edit", name: "Coalitie A", ambition: a.coalition.coalition.ambition }, allow: CLUB_X, root: coalition },
    { file: "coalities.$coalitionId._index.tsx", method: "POST", pattern: "/coalities/:coalitionId", what: "add a partner organisation", path: co, body: { intent: "partner", orgId: w.neutralOrg.id }, allow: CLUB_X, root: coalition },
    { file: "coalities.$coalitionId._index.tsx", method: "POST", pattern: "/coalities/:coalitionId", what: "link a cohort", path: co, body: { intent: "cohort", cohortId: a.cohort.id }, allow: CLUB_X, root: coalition, child: [a.cohort.id] },
    { file: "coalities.$coalitionId._index.tsx", method: "POST", pattern: "/coalities/:coalitionId", what: "add a person of one's own organisation", path: co, body: { intent: "member", person: `${a.club.id}:${a.spares[0].id}`, roleTitle: "trainer" }, allow: CLUB_X, root: coalition, child: [a.spares[0].id], note: "partner administrators, for their own organisation" },
    { file: "coalities.$coalitionId._index.tsx", method: "POST", pattern: "/coalities/:coalitionId", what: "take a person off the coalition", path: co, body: { intent: "remove", userId: a.spares[0].id }, allow: CLUB_X, root: coalition, child: [a.spares[0].id], note: "or oneself" },
    { file: "coalities.$coalitionId.tijdlijn.tsx", method: "GET", pattern: "/coalities/:coalitionId/tijdlijn", what: "timeline board", path: `${co}/tijdlijn`, allow: COALITION_A, root: coalition },
    { file: "coalities.$coalitionId.tijdlijn.tsx", method: "POST", pattern: "/coalities/:coalitionId/tijdlijn", what: "add a key event", path: `${co}/tijdlijn`, body: { intent: "event", date: "2026-05-01", title: "Eerste training" }, allow: SEATED_A, root: coalition, note: "members only" },
    { file: "coalities.$coalitionId.tijdlijn.tsx", method: "POST", pattern: "/coalities/:coalitionId/tijdlijn", what: "place a note on an event", path: `${co}/tijdlijn`, body: { intent: "note", target: a.coalition.event.id, kind: "KWARTJE", text: "Toen zagen we wat de club nodig had." }, allow: SEATED_A, root: coalition, child: [a.coalition.event.id] },
    { file: "coalities.$coalitionId.tijdlijn.tsx", method: "POST", pattern: "/coalities/:coalitionId/tijdlijn", what: "write the conclusions", path: `${co}/tijdlijn`, body: { intent: "conclusions", conclusions: "Vaker samen evalueren." }, allow: CLUB_X, root: coalition },
    { file: "coalities.$coalitionId.tijdlijn.tsx", method: "POST", pattern: "/coalities/:coalitionId/tijdlijn", what: "start a timeline (one is open: 409)", path: `${co}/tijdlijn`, body: { intent: "start", periodStart: "2027-01-01", periodEnd: "2027-12-31" }, allow: CLUB_X, root: coalition },
    { file: "coalities.$coalitionId.tijdlijn.tsx", method: "POST", pattern: "/coalities/:coalitionId/tijdlijn", what: "save the timeline as a measurement", path: `${co}/tijdlijn`, body: { intent: "save" }, allow: CLUB_X, root: coalition, note: "then 409: no open timeline" },
    { file: "coalities.$coalitionId.metingen.tsx", method: "GET", pattern: "/coalities/:coalitionId/metingen", what: "measurements and comparison", path: `${co}/metingen`, allow: COALITION_A, root: coalition },
    { file: "coalities.$coalitionId.scan.tsx", method: "GET", pattern: "/coalities/:coalitionId/scan", what: "five-aspect scan and results", path: `${co}/scan`, allow: COALITION_A, root: coalition },
    { file: "coalities.$coalitionId.scan.tsx", method: "POST", pattern: "/coalities/:coalitionId/scan", what: "open a scan round", path: `${co}/scan`, body: { intent: "open" }, allow: CLUB_X, root: coalition },
    { file: "coalities.$coalitionId.scan.tsx", method: "POST", pattern: "/coalities/:coalitionId/scan", what: "fill in the scan", path: `${co}/scan`, body: scanForm, allow: SEATED_A, root: coalition, note: "members only, once per round" },
    { file: "coalities.$coalitionId.scan.tsx", method: "POST", pattern: "/coalities/:coalitionId/scan", what: "close the scan round", path: `${co}/scan`, body: { intent: "close" }, allow: CLUB_X, root: coalition },
    { file: "coalities.$coalitionId.afspraken.tsx", method: "GET", pattern: "/coalities/:coalitionId/afspraken", what: "agreements and handover notes", path: `${co}/afspraken`, allow: COALITION_A, root: coalition },
    { file: "coalities.$coalitionId.afspraken.tsx", method: "POST", pattern: "/coalities/:coalitionId/afspraken", what: "make an agreement", path: `${co}/afspraken`, body: { intent: "agreement", text: "Elk kwartaal overleg.", ownerOrgId: a.club.id, personName: "Secretaris", dueOn: "2027-03-01" }, allow: SEATED_A, root: coalition, child: [a.club.id] },
    { file: "coalities.$coalitionId.afspraken.tsx", method: "POST", pattern: "/coalities/:coalitionId/afspraken", what: "change an agreement's status", path: `${co}/afspraken`, body: { intent: "status", agreementId: a.coalition.agreement.id, status: "DONE" }, allow: SEATED_A, root: coalition, child: [a.coalition.agreement.id] },
    { file: "coalities.$coalitionId.afspraken.tsx", method: "POST", pattern: "/coalities/:coalitionId/afspraken", what: "write the handover note of one's role", path: `${co}/afspraken`, body: { intent: "handover", text: "Bel de wijkcoach op dinsdag; de map staat in de gedeelde schijf." }, allow: SEATED_A, root: coalition },
    { file: "coalities.$coalitionId.rapport[.]pdf.tsx", method: "GET", pattern: "/coalities/:coalitionId/rapport.pdf", what: "coalition report (PDF)", path: `${co}/rapport.pdf`, allow: COALITION_A, root: coalition },
  ];
}
