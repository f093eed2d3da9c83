import { ROLES, type Role, type World } from "../world";

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

export const ALL = ROLES;
export const LOGGED_IN = ROLES.filter((role) => role !== "anonymous");
export const IN_ANY_COHORT: Role[] = [
  "participantA",
  "participantB",
  "facilitatorA",
  "facilitatorB",
  "platformAdmin",
];
export const FACILITATORS: Role[] = ["facilitatorA", "facilitatorB", "platformAdmin"];
export const MEMBERS_A: Role[] = ["participantA", "facilitatorA", "platformAdmin"];
export const STAFF_A: Role[] = ["facilitatorA", "platformAdmin"];
export const CLUB_X: Role[] = ["orgAdminX", "platformAdmin"];
export const ADMIN: Role[] = ["platformAdmin"];
/** Coalition A: the admin of club X is its coordinator, participant A a member; platform admins may look and coordinate but hold no seat. */
export const COALITION_A: Role[] = ["participantA", "orgAdminX", "platformAdmin"];
export const SEATED_A: Role[] = ["participantA", "orgAdminX"];
export const NOBODY: Role[] = [];

/** The paths and forms that rows of several domains build on: ids of cohort A, club X, coalition A. */
export type RowContext = ReturnType<typeof rowContext>;

export function rowContext(w: World) {
  const { a } = w;
  const g = `/groepen/${a.cohort.id}`;
  const cohort = a.cohort.id;
  const lesson = `${g}/cursus/kern/sport-als-middel/wat-is-een-sociaal-sportinitiatief`;
  const thread = `${g}/casussen/${a.forumCase.id}`;
  const moderated = `${g}/casussen/${a.moderatedCase.id}`;
  const wide = `/casussen/${w.courseWideCase.id}`;
  const wideModerated = `/casussen/${w.courseWideModerated.id}`;
  const org = `/organisaties/${a.club.id}`;
  const byActor = (choices: Partial<Record<Role, Body>>, fallback: Body) => (role: Role) =>
    choices[role] ?? fallback;
  const today = new Date().toISOString().slice(0, 10);
  const co = `/coalities/${a.coalition.coalition.id}`;
  const coalition = a.coalition.coalition.id;
  const scanForm = {
    intent: "submit",
    ...Object.fromEntries(
      ["ambitie", "belangen", "relatie", "organisatie", "proces"].flatMap((aspect, index) => [
        [`score-${aspect}`, String(5 + index)],
        [`why-${aspect}`, "Het groeit."],
      ]),
    ),
  };

  return {
    w,
    a,
    g,
    cohort,
    lesson,
    thread,
    moderated,
    wide,
    wideModerated,
    org,
    byActor,
    today,
    co,
    coalition,
    scanForm,
  };
}
