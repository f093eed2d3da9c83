import { describe, expect, it } from "vitest";
import { translateNl as t } from "~/i18n/catalogues.server";
import { nl } from "~/i18n/nl";
import { db } from "~/utils/db.server";
import { XSS } from "./bad-input/assert";
import {
  caseForm,
  cohortForm,
  evaluationXss,
  forumCaseXss,
  forumReplyXss,
  moduleForm,
  moduleTitleXss,
  orgForm,
  paths,
  reflectionXss,
  refusedName,
  replyForm,
} from "./bad-input/cases";
import { coalitionCases } from "./bad-input/coalitions";
import { badSignupName, badInputSuite, nameKept, noUser, signup } from "./bad-input/suite";
import { make, newMember, send, type Case } from "./bad-input/world";

// Every bad-input case: one raw HTTP request to the built app, the status and
// the Dutch text the user gets, and a database check that nothing wrong was
// stored. One table per concern; the row builders live in ./bad-input/.
// Misuse of sessions, forged codes, CSV injection, replays and account details:
// bad-input-misuse.test.ts.

const { world, table } = badInputSuite();

table("XSS in text that is stored as typed: shown escaped, never run", [
  forumCaseXss("title", XSS.script),
  forumCaseXss("situation", XSS.img),
  forumCaseXss("whatIDid", XSS.script),
  forumCaseXss("question", XSS.img),
  forumReplyXss(XSS.script),
  forumReplyXss(XSS.img),
  forumReplyXss(XSS.link),
  reflectionXss(XSS.script),
  reflectionXss(XSS.img),
  evaluationXss(XSS.img),
  moduleTitleXss(XSS.script),
]);

table(
  "coalitions: notes stored as typed and shown escaped; bad names, dates, marks and sizes refused in Dutch",
  coalitionCases,
);

table("XSS in names: refused with the Dutch message, nothing stored", [
  refusedName("profile", XSS.script, nl.errors.nameInvalid),
  refusedName("profile", XSS.img, nl.errors.nameInvalid),
  refusedName("cohort", XSS.script, nl.cohorts.errors.textInvalid),
  refusedName("organisation", XSS.img, nl.admin.orgNameInvalid),
]);

/** Unsafe MDX on line 3 of a lesson body: refused with the message naming line 3, no module or version stored. */
const unsafeMdx = (
  label: string,
  construct: string,
  code: keyof typeof nl.mdx,
  detail = "",
): Case => ({
  name: `MDX ${label}`,
  send: async (w) => ({
    path: "/modules/nieuw",
    form: moduleForm(`# Les\n\n${construct}\n\nEn dan verder.`),
    cookie: w.cookies.facilitator,
    ctx: { before: String(await db.localModuleVersion.count()) },
  }),
  status: 400,
  message: t(`mdx.${code}`, { line: 3, detail }),
  check: async (_w, req) =>
    expect(String(await db.localModuleVersion.count())).toBe(req.ctx!.before),
});

table("MDX injection in a local module lesson", [
  unsafeMdx("import", 'import x from "y"', "import-export"),
  unsafeMdx("export", "export const a = 1", "import-export"),
  unsafeMdx("{expression}", "Twee keer twee is {1+1}.", "expression"),
  unsafeMdx("<script>", XSS.script, "script"),
  unsafeMdx(
    "onClick handler",
    '<Kader soort="tip" onClick="alert(1)">Klik</Kader>',
    "event-handler",
    "onClick",
  ),
  unsafeMdx("unknown component", "<Onbekend />", "unknown-component", "Onbekend"),
  unsafeMdx("javascript: link in Markdown", XSS.link, "unsafe-link", "javascript"),
]);

table("oversized input", [
  {
    name: "a 1 MB forum reply",
    send: async (w) => ({
      path: paths.thread(w),
      form: replyForm("x".repeat(1024 * 1024)),
      cookie: w.cookies.author,
      ctx: { before: String(await db.forumReply.count()) },
    }),
    status: 400,
    message: nl.forum.errors.bodyTooLong,
    check: async (_w, req) => expect(String(await db.forumReply.count())).toBe(req.ctx!.before),
  },
  {
    name: "a 1 MB password at login (refused before hashing)",
    send: async () => {
      const user = await make.user();
      return {
        path: "/inloggen",
        form: { email: user.email, password: "x".repeat(1024 * 1024) },
        ctx: { userId: user.id, started: String(Date.now()) },
      };
    },
    status: 400,
    message: nl.errors.passwordTooLong,
    check: async (_w, req) => {
      expect(Date.now() - Number(req.ctx!.started)).toBeLessThan(5_000);
      expect(await db.session.count({ where: { userId: req.ctx!.userId } })).toBe(0);
    },
  },
  {
    name: "a body over 2 MB (refused before it is read)",
    send: () => signup({ name: "x".repeat(3 * 1024 * 1024), email: "groot@voorbeeld.nl" }),
    status: 413,
    message: nl.errors.tooLarge,
    check: noUser("groot@voorbeeld.nl"),
  },
]);

table("NUL bytes, invalid UTF-8 and right-to-left overrides", [
  badSignupName("a NUL byte", "Sam\u0000Jansen", nl.errors.nameInvalid),
  badSignupName("a right-to-left override", "Sam \u202Enesnaj", nl.errors.nameInvalid),
  refusedName("profile", "Sam\u0000Jansen", nl.errors.nameInvalid, "Sam\\0Jansen"),
  refusedName("profile", "Sam \u202Enesnaj", nl.errors.nameInvalid, "Sam \\u202E"),
  refusedName("cohort", "Groep\u0000Zuid", nl.cohorts.errors.textInvalid, "Groep\\0Zuid"),
  refusedName("cohort", "Groep \u202Ediuz", nl.cohorts.errors.textInvalid, "Groep \\u202E"),
  refusedName("organisation", "SV\u0000Noord", nl.admin.orgNameInvalid, "SV\\0Noord"),
  {
    name: "signup name with invalid UTF-8 (%FF%FE, decoded to U+FFFD)",
    send: () => ({
      path: "/aanmelden",
      form: "name=Sam%FF%FEJansen&domain=SPORT&volunteerRole=trainer&password=goed+wachtwoord&email=utf8%40voorbeeld.nl",
    }),
    status: 400,
    message: nl.errors.nameInvalid,
    check: noUser("utf8@voorbeeld.nl"),
  },
  {
    name: "profile name with invalid UTF-8 (%FF%FE)",
    send: (w) => ({
      path: "/account",
      form: "intent=profile&name=Anna%FF%FEAksoy&domain=SPORT&volunteerRole=trainer",
      cookie: w.cookies.author,
    }),
    status: 400,
    message: nl.errors.nameInvalid,
    check: nameKept,
  },
  {
    name: "forum case with a NUL byte in its title (stored without it)",
    send: (w) => ({
      path: paths.newCase(w),
      form: caseForm({ title: "Nul\u0000byte in de titel" }),
      cookie: w.cookies.author,
    }),
    status: 302,
    message: "Nulbyte in de titel",
    check: async () =>
      expect(await db.forumCase.count({ where: { title: "Nulbyte in de titel" } })).toBe(1),
  },
  {
    name: "forum reply with a NUL byte (stored without it)",
    send: (w) => ({
      path: paths.thread(w),
      form: replyForm("Nul\u0000byte in een reactie"),
      cookie: w.cookies.author,
    }),
    status: 302,
    message: "Nulbyte in een reactie",
    check: async () =>
      expect(await db.forumReply.count({ where: { body: "Nulbyte in een reactie" } })).toBe(1),
  },
  {
    name: "local module title with a NUL byte",
    send: (w) => ({
      path: "/modules/nieuw",
      form: moduleForm("## Les\n\nTekst.", "Wijk\u0000team Noord"),
      cookie: w.cookies.facilitator,
    }),
    status: 302,
    message: "Wijkteam Noord",
    check: async () =>
      expect(await db.localModuleVersion.count({ where: { title: "Wijkteam Noord" } })).toBe(1),
  },
  {
    name: "reflection with a NUL byte (stored without it)",
    send: async (w) => {
      const { user, cookie } = await newMember(w);
      return {
        path: paths.lesson(w),
        form: { intent: "reflection", reflectionId: "m4-reflectie-1", text: "Mijn\u0000team" },
        cookie,
        ctx: { userId: user.id },
      };
    },
    status: 302,
    message: nl.course.reflectie.saved,
    check: async (_w, req) =>
      expect(
        (await db.reflection.findFirstOrThrow({ where: { userId: req.ctx!.userId } })).text,
      ).toBe("Mijnteam"),
  },
]);

// Keeps the cohort and organisation forms honest: a normal value still goes through.
describe("control: the same forms accept ordinary input", () => {
  it("creates a cohort and an organisation with plain names", async () => {
    expect(
      (
        await send(world().app, {
          path: "/groepen/nieuw",
          form: cohortForm("Groep Zuid 2026"),
          cookie: world().cookies.facilitator,
        })
      ).status,
    ).toBe(302);
    expect(
      (
        await send(world().app, {
          path: "/beheer",
          form: orgForm("SV De Lijn"),
          cookie: world().cookies.admin,
        })
      ).status,
    ).toBe(200);
    expect(await db.organisation.count({ where: { name: "SV De Lijn" } })).toBe(1);
  });
});
