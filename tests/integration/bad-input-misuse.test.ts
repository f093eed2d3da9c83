import { expect } from "vitest";
import { translateNl as t } from "~/i18n/catalogues.server";
import { nl } from "~/i18n/nl";
import { createSession, sessionCookie } from "~/modules/auth/session.server";
import { issueCertificateByHand } from "~/modules/certificates/issue-certificate.server";
import { db } from "~/utils/db.server";
import { sessionCookieFrom } from "../setup/app-server";
import { expectNeutralised } from "./bad-input/assert";
import { paths, profileForm, replyForm } from "./bad-input/cases";
import { badSignupName, badInputSuite, nameKept, noUser, signup, unique } from "./bad-input/suite";
import { make, newMember, page, releaseWaitingResponses, send, type Case } from "./bad-input/world";

// Every bad-input case: one raw HTTP request to the built app, the status and
// the Dutch text the user gets, and a database check that nothing wrong was
// stored. One table per concern (the rest in
// bad-input.test.ts); the row builders live in ./bad-input/.

const { table } = badInputSuite();

const login = async (password = "wachtwoord-123") => {
  const user = await make.user({ password });
  return { user, form: { email: user.email, password } };
};
const EVIL_ORIGIN = { Origin: "https://evil.example" };
const FORBIDDEN_TEXT = "Geweigerd: dit verzoek komt niet van Buiten de Lijnen zelf.";

table("requests that try to misuse a session or a redirect", [
  ...["//evil.example", "https://evil.example", "/\\evil.example"].map((target): Case => ({
    name: `login with redirectTo=${target} stays on this site`,
    send: async () => {
      const { user, form } = await login();
      return { path: "/inloggen", form: { ...form, redirectTo: target }, ctx: { userId: user.id } };
    },
    status: 302,
    message: t("common.homeWelcomeBack", { name: "Sam de Vries" }),
    check: async (_w, req, { response }) => {
      expect(response.headers.get("location")).toBe("/");
      expect(await db.session.count({ where: { userId: req.ctx!.userId } })).toBe(1);
    },
  })),
  {
    name: "switching to an unknown locale with an outside redirect",
    send: () => ({ path: "/taal", form: { locale: "../../etc", redirectTo: "//evil.example" } }),
    status: 302,
    message: nl.common.homeTitle,
    check: async (_w, _req, { response }) => {
      expect(response.headers.get("location")).toBe("/");
      expect(response.headers.get("set-cookie")).toBeNull();
    },
  },
  {
    name: "cross-origin forum reply",
    send: async (w) => ({
      path: paths.thread(w),
      form: replyForm("Van een andere site"),
      cookie: w.cookies.author,
      headers: EVIL_ORIGIN,
      ctx: { before: String(await db.forumReply.count()) },
    }),
    status: 403,
    message: FORBIDDEN_TEXT,
    check: async (_w, req) => expect(String(await db.forumReply.count())).toBe(req.ctx!.before),
  },
  {
    name: "cross-origin profile change",
    send: (w) => ({
      path: "/account",
      form: profileForm("Gekaapt"),
      cookie: w.cookies.author,
      headers: EVIL_ORIGIN,
    }),
    status: 403,
    message: FORBIDDEN_TEXT,
    check: nameKept,
  },
  {
    name: "cross-origin login makes no session",
    send: async () => {
      const { user, form } = await login();
      return { path: "/inloggen", form, headers: EVIL_ORIGIN, ctx: { userId: user.id } };
    },
    status: 403,
    message: FORBIDDEN_TEXT,
    check: async (_w, req) =>
      expect(await db.session.count({ where: { userId: req.ctx!.userId } })).toBe(0),
  },
  {
    name: "a session cookie planted before login is not the session after it",
    send: async () => {
      const { user, form } = await login();
      const planted = await createSession(user.id);
      const cookie = (await sessionCookie.serialize(planted.token)).split(";")[0];
      return {
        path: "/inloggen",
        form,
        cookie,
        ctx: { userId: user.id, planted: planted.token.split(".")[0] },
      };
    },
    status: 302,
    message: null,
    check: async (_w, req, { response }) => {
      expect(sessionCookieFrom(response)).not.toBe(req.cookie);
      expect(await db.session.findUnique({ where: { id: req.ctx!.planted } })).toBeNull();
      expect(await db.session.count({ where: { userId: req.ctx!.userId } })).toBe(1);
    },
  },
  {
    name: "the 11th rapid login attempt, even with the right password",
    send: async (w) => {
      const { user, form } = await login();
      for (let attempt = 1; attempt <= 10; attempt++) {
        expect(
          (
            await send(w.app, {
              path: "/inloggen",
              form: { ...form, password: `fout-${attempt}-wachtwoord` },
            })
          ).status,
        ).toBe(400);
      }
      return { path: "/inloggen", form, ctx: { userId: user.id } };
    },
    status: 429,
    message: t("errors.rateLimited", { minutes: 15 }),
    check: async (_w, req, { response }) => {
      expect(sessionCookieFrom(response)).toBeNull();
      expect(await db.session.count({ where: { userId: req.ctx!.userId } })).toBe(0);
    },
  },
  {
    name: "a forged password reset token",
    send: () => ({
      path: "/wachtwoord-herstellen/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      form: { password: "nieuw wachtwoord", confirm: "nieuw wachtwoord" },
    }),
    status: 410,
    message: nl.auth.resetInvalid,
    check: async () =>
      expect(await db.passwordResetToken.count({ where: { usedAt: { not: null } } })).toBe(0),
  },
]);

table("forged certificate codes and file names", [
  ...["7QK2M9XW4TZR8VBN3HJC6PDF5GYS1E0A", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"].map(
    (code): Case => ({
      name: `verification of a forged code ${code}`,
      send: () => ({ path: `/verifieer/${code}` }),
      status: 404,
      message: nl.certificates.verify.unknownText,
      check: async (_w, _req, { body }) => {
        expect(body).not.toContain(code);
        expect(await db.certificate.count({ where: { code: decodeURIComponent(code) } })).toBe(0);
      },
    }),
  ),
  {
    name: "a name like ../../etc/passwd gives a safe certificate file name",
    send: async (w) => {
      const { user, cookie } = await newMember(w);
      return {
        path: "/account",
        form: profileForm("../../etc/passwd"),
        cookie,
        ctx: { userId: user.id },
      };
    },
    status: 200,
    message: nl.account.profileSaved,
    check: async (w, req) => {
      await issueCertificateByHand({
        cohortId: w.cohort.id,
        userId: req.ctx!.userId,
        issuedById: w.facilitator.id,
        reason: "Test",
      });
      const pdf = await send(w.app, {
        path: `/groepen/${w.cohort.id}/certificaat.pdf`,
        cookie: req.cookie,
      });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get("content-disposition")).toBe(
        'attachment; filename="certificaat-etcpasswd.pdf"',
      );
    },
  },
  ...[
    "/build/..%2f..%2fpackage.json",
    "/..%2fpackage.json",
    "/build/%2e%2e/%2e%2e/server.ts",
    "/favicon.ico/..%2f..%2f.env.example",
  ].map((path): Case => ({
    name: `path traversal ${path}`,
    send: () => ({ path }),
    status: 404,
    message: nl.errors.notFoundTitle,
    check: async (_w, _req, { body }) => {
      expect(body).not.toContain("buiten-de-lijnen");
      expect(body).not.toContain("createRequestHandler");
    },
  })),
]);

/** A formula in a name, saved through the profile form; `csv` is where it is exported. */
const formulaInName = (formula: string, csv: "dashboard" | "register"): Case => ({
  name: `${csv} CSV with the name ${formula}`,
  send: async (w) => ({
    path: "/account",
    form: profileForm(formula),
    cookie: (await newMember(w, { inOrg: true })).cookie,
  }),
  status: 200,
  message: nl.account.profileSaved,
  check: async (w) => {
    expect(await db.user.count({ where: { name: formula } })).toBe(1);
    const path = csv === "dashboard" ? paths.dashboardCsv(w) : paths.registerCsv(w);
    expectNeutralised(
      await page(w, path, csv === "dashboard" ? w.cookies.facilitator : w.cookies.orgAdmin),
      ";",
      formula,
    );
  },
});

/** A formula in an evaluation answer (E3, or the explanation of C1), exported in the raw answers CSV. */
const formulaInAnswer = (formula: string, field: "E3" | "C1-waarom"): Case => ({
  name: `evaluation export with ${formula} in ${field}`,
  send: async (w) => ({
    path: paths.evaluation(w),
    form: { intent: "submit", A1: "sport", C1: "7", [field]: formula },
    cookie: (await newMember(w)).cookie,
  }),
  status: 302,
  message: nl.evaluation.thanks,
  check: async (w) => {
    await releaseWaitingResponses(w);
    expectNeutralised(await page(w, paths.evaluationCsv(w), w.cookies.facilitator), ";", formula);
  },
});

table("CSV injection in exported cells", [
  formulaInName('=HYPERLINK("https://evil.example","klik")', "dashboard"),
  formulaInName("@SUM(A1:A9)", "dashboard"),
  formulaInName("+cmd|' /C calc'!A0", "register"),
  formulaInName("-1+1", "register"),
  formulaInAnswer("-1+1", "E3"),
  formulaInAnswer("@SUM(1+1)", "C1-waarom"),
  formulaInAnswer('=HYPERLINK("https://evil.example")', "E3"),
]);

table("replayed submits", [
  {
    name: "the same evaluation submit sent twice",
    send: async (w) => {
      const { user, cookie } = await newMember(w);
      const req = {
        path: paths.evaluation(w),
        form: { intent: "submit", A1: "welzijn", E3: `Eenmalig ${unique()}` },
        cookie,
      };
      const before = String(
        await db.evaluationResponse.count({ where: { cohortId: w.cohort.id } }),
      );
      expect((await send(w.app, req)).status).toBe(302);
      return { ...req, ctx: { userId: user.id, before } };
    },
    status: 302,
    message: nl.evaluation.thanksText,
    check: async (w, req) => {
      const text = (req.form as Record<string, string>).E3;
      expect(await db.evaluationAnswer.count({ where: { text } })).toBe(1);
      expect(await db.evaluationReceipt.count({ where: { userId: req.ctx!.userId } })).toBe(1);
      expect(await db.evaluationResponse.count({ where: { cohortId: w.cohort.id } })).toBe(
        Number(req.ctx!.before) + 1,
      );
    },
  },
  {
    name: "the same forum reply sent twice (same idempotency key)",
    send: async (w) => {
      const req = {
        path: paths.thread(w),
        form: replyForm(`Dubbel verstuurd ${unique()}`, { idempotencyKey: crypto.randomUUID() }),
        cookie: w.cookies.author,
      };
      expect((await send(w.app, req)).status).toBe(302);
      return req;
    },
    status: 302,
    message: nl.forum.thread.repliesTitle,
    check: async (_w, req) =>
      expect(
        await db.forumReply.count({ where: { body: (req.form as Record<string, string>).body } }),
      ).toBe(1),
  },
]);

table("account details", [
  badSignupName("one letter", "S", nl.errors.nameRequired),
  badSignupName("101 characters", "S".repeat(101), nl.errors.nameTooLong),
  {
    name: "signup with an e-mail address that is not one",
    send: () => signup({ email: "geen-adres" }),
    status: 400,
    message: nl.errors.emailInvalid,
    check: noUser("geen-adres"),
  },
  {
    name: "a second account for the same address in other capitals",
    send: async () => {
      const user = await make.user({ email: `dubbel-${unique()}@voorbeeld.nl` });
      return {
        ...signup({
          email: user.email.replace("dubbel", "Dubbel").replace("voorbeeld", "Voorbeeld"),
        }),
        ctx: { email: user.email },
      };
    },
    status: 400,
    message: nl.errors.emailTaken,
    check: async (_w, req) =>
      expect(
        await db.user.count({ where: { email: { equals: req.ctx!.email, mode: "insensitive" } } }),
      ).toBe(1),
  },
]);
