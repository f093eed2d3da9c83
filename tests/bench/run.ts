/**
 * `npm run bench`: the built app on a throwaway embedded PostgreSQL with the
 * data set of issue 8, measured with autocannon. Prints a table, writes
 * docs/benchmarks.md and exits non-zero when a budget is missed.
 * BENCH_SECONDS (default 5) sets the length of each run.
 */
import { generateKeyPairSync } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../app/generated/prisma/client";
import { startEmbeddedPostgres } from "../../app/utils/embedded-postgres.server";
import { applyMigrations } from "../../app/utils/migrate.server";
import { postForm, sessionCookieFrom, startAppServer, type RunningApp } from "../setup/app-server";
import { BENCH_PASSWORD, buildBenchData } from "./dataset";
import { dbRoundTrips, measure, shippedJsKiB, type Target } from "./measure";
import { benchTargets } from "./targets";

const ms = (value: number) => value.toFixed(1);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
// BENCH_ONLY=lesson,forum limits the run to targets whose name contains one of the words.
const ONLY = process.env.BENCH_ONLY?.split(",");
const dir = path.resolve(".data", "bench");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: 55_600, database: "bdl_bench", throwaway: true });
let app: RunningApp | undefined;
let failed = true;
try {
  await applyMigrations(pg.url);
  // The app runs in production mode; sessions made here must use its cookie.
  const signingKey = JSON.stringify(generateKeyPairSync("ed25519").privateKey.export({ format: "jwk" }));
  const productionEnv = { NODE_ENV: "production", SMTP_URL: "smtp://127.0.0.1:2525", CREDENTIAL_SIGNING_KEY: signingKey };
  Object.assign(process.env, productionEnv, { DATABASE_URL: pg.url, APP_URL: "http://127.0.0.1" });
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: pg.url }) });
  console.log("Building the data set (20 cohorts, 600 participants, 200 cases, 2,000 replies, 500 responses)…");
  const data = await buildBenchData(db);
  // Production mode: React and Remix as they run for real users.
  // BENCH_PROFILE=1 writes a V8 CPU profile of the app to .data/profiles when it stops.
  const profile: Record<string, string> = process.env.BENCH_PROFILE === "1" ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${path.resolve(".data", "profiles")}` } : {};
  app = await startAppServer(pg.url, { BENCH_QUERY_HEADER: "1", TRUST_PROXY: "1", ...productionEnv, ...profile });
  const cookieOf = async (email: string) => {
    const response = await postForm(app!, "/inloggen", { email, password: BENCH_PASSWORD });
    const cookie = sessionCookieFrom(response);
    if (!cookie) throw new Error(`login failed for ${email}: ${response.status}`);
    return cookie;
  };
  const targets = (await benchTargets({ app, db, data, cookieOf })).filter((target, index) => index === 0 || !ONLY || ONLY.some((word) => target.name.includes(word)));
  await db.$disconnect();

  const trivial = targets[0];
  const rows: string[][] = [];
  const misses: string[] = [];
  let trivialRps = 0;
  for (const target of targets) {
    process.stdout.write(`Measuring ${target.name}… `);
    const max = await measure(app.url, target, { seconds: SECONDS, connections: 10 });
    if (target === trivial) trivialRps = max.rps;
    const atRate = target.rate ? await measure(app.url, target, { seconds: SECONDS, connections: 10, rate: target.rate }) : max;
    const trips = await dbRoundTrips(app.url, target);
    const js = await shippedJsKiB(app.url, target);
    const ratio = trivialRps ? max.rps / trivialRps : 1;
    console.log(`${max.rps.toFixed(0)} req/s`);
    const check = (ok: boolean, what: string) => !ok && misses.push(`${target.name}: ${what}`);
    if (target.minRatioToTrivial) check(ratio >= target.minRatioToTrivial, `ratio ${ratio.toFixed(2)} < ${target.minRatioToTrivial}`);
    if (target.p95BudgetMs) check(atRate.p95 <= target.p95BudgetMs, `p95 ${ms(atRate.p95)} ms > ${target.p95BudgetMs} ms at ${target.rate ?? "max"} req/s`);
    if (target.maxDbRoundTrips !== undefined) check(trips <= target.maxDbRoundTrips, `${trips} database round trips > ${target.maxDbRoundTrips}`);
    if (target.maxJsKiB !== undefined) check(js <= target.maxJsKiB, `${js.toFixed(1)} KiB JS > ${target.maxJsKiB} KiB`);
    check(max.errors === 0, `${max.errors} errors or non-2xx/3xx answers`);
    rows.push([
      target.name,
      max.rps.toFixed(0),
      `${ms(max.p50)} / ${ms(max.p95)} / ${ms(max.p99)}`,
      target.rate ? `${ms(atRate.p95)} @ ${target.rate}/s (steady)` : "—",
      ratio.toFixed(2),
      String(trips),
      js.toFixed(1),
    ]);
  }
  const header = ["page", "req/s (max)", "p50 / p95 / p99 ms (max)", "p95 ms at budget rate", "× trivial", "DB round trips", "JS KiB gz"];
  const table = [header, header.map(() => "---"), ...rows].map((row) => `| ${row.join(" | ")} |`).join("\n");
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load generator on the same machine, ${SECONDS} s per run, median of 3`;
  console.log(`\n${table}\n\n${machine}`);
  writeFileSync(
    "docs/benchmarks.md",
    `# Benchmarks\n\nGenerated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}.\n\nMachine: ${machine}.\n\n${table}\n\n${misses.length ? `Budgets missed:\n${misses.map((m) => `- ${m}`).join("\n")}\n` : "Every budget holds.\n"}`,
  );
  if (misses.length) console.error(`\nBudgets missed:\n${misses.map((m) => `  - ${m}`).join("\n")}`);
  else console.log("\nEvery budget holds.");
  failed = misses.length > 0;
} finally {
  await app?.stop();
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
// Explicitly: a library's exit hook reset process.exitCode, and a missed budget must fail the command.
process.exit(failed ? 1 : 0);

export type { Target };
