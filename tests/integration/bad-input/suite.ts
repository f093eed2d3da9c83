import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { startAppServer, type RunningApp } from "../../setup/app-server";
import { buildWorld, runCase, type Case, type World } from "./world";

/**
 * A bad-input test file's setup: the built app on the file's database and the
 * world of people and pages built on it, once before the file's tests.
 * `world()` reads it; `table` runs a concern's cases against it.
 */
export function badInputSuite() {
  let app: RunningApp | undefined;
  let built: World | undefined;
  beforeAll(async () => {
    app = await startAppServer(process.env.DATABASE_URL!);
    built = await buildWorld(app);
  }, 60_000);
  afterAll(async () => app?.stop());
  const world = () => {
    if (!built) throw new Error("the bad-input world is built in beforeAll");
    return built;
  };
  return { world, table: caseTable(world) };
}

/** One describe block per concern, one test per case, each run against the file's world. */
const caseTable = (world: () => World) => (title: string, cases: Case[]) =>
  describe(title, () => {
    it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, testCase) =>
      runCase(world(), testCase),
    );
  });

export const unique = () => Math.random().toString(36).slice(2, 10);
export const signup = (fields: Record<string, string>) => ({
  path: "/aanmelden",
  form: {
    name: "Sam Jansen",
    domain: "SPORT",
    volunteerRole: "trainer",
    password: "goed wachtwoord",
    ...fields,
  },
});
export const noUser = (email: string) => async () =>
  expect(await db.user.count({ where: { email } })).toBe(0);
export const nameKept = async (w: World) =>
  expect((await db.user.findUniqueOrThrow({ where: { id: w.author.id } })).name).toBe(
    w.author.name,
  );

/** A signup with a bad name: refused, no account made. */
export const badSignupName = (label: string, name: string, message: string): Case => {
  const email = `naam-${unique()}@voorbeeld.nl`;
  return {
    name: `signup name with ${label}`,
    send: () => signup({ name, email }),
    status: 400,
    message,
    check: noUser(email),
  };
};
