/**
 * `npm run bench`: the built app on a throwaway embedded PostgreSQL with the
 * data set of issue 8, measured with autocannon. Prints a table, writes
 * docs/benchmarks.md and exits non-zero when a budget is missed.
 *
 * `npm run bench -- --scale national` (or `mid`, a tenth of it) measures the
 * small set first and then the generated national set (issue 20), prints both
 * tables with the growth ratio per page, and also holds the national set to
 * "p95 within 1.3 x the small set's".
 *
 * BENCH_SECONDS (default 5) sets the length of each run at full speed;
 * BENCH_SHAPE_SECONDS (default 20) that of the second load shape (10
 * connections over 10 logged-in people, 3 runs, median). BENCH_PG_PORT
 * (default 55600) moves the throwaway database, for parallel runs.
 *
 * `--keep` keeps the cluster in .data/bench-kept-<port> instead: a set that is
 * already there is not built again (new migrations are still applied), so
 * that query and index work can be measured again in minutes. The evaluation
 * submit target writes, so combine it with BENCH_ONLY on a kept set.
 * `--build-only` builds (or finds) the sets and stops before measuring.
 */
import { spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg_ from "pg";
import { PrismaClient } from "../../app/generated/prisma/client";
import { startEmbeddedPostgres } from "../../app/utils/embedded-postgres.server";
import { applyMigrations } from "../../app/utils/migrate.server";
import { postForm, sessionCookieFrom, startAppServer, type RunningApp } from "../setup/app-server";
import { BENCH_PASSWORD, buildBenchData, type BenchData } from "./dataset";
import {
  dbRoundTrips,
  measure,
  measureAgainstTrivial,
  PACED_MAX_SECONDS,
  PACED_REQUESTS,
  shippedJsKiB,
  type Target,
} from "./measure";
import { buildScaledBenchData, type ScaledBenchData } from "./scaled-dataset";
import { growthTable, ms, setReport, type Result, type SetResult } from "./report";
import { benchTargets, shapeTargets } from "./targets";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const SHAPE_SECONDS = Number(process.env.BENCH_SHAPE_SECONDS ?? 20);
// BENCH_ONLY=lesson,forum limits the run to targets whose name contains one of the words.
const ONLY = process.env.BENCH_ONLY?.split(",");
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 55_600);
const scaleArg = process.argv.indexOf("--scale");
const SCALE_NAME = scaleArg >= 0 ? process.argv[scaleArg + 1] : "small";
const SCALES: Record<string, number> = { mid: 0.1, national: 1 };
if (SCALE_NAME !== "small" && !(SCALE_NAME in SCALES))
  throw new Error(`--scale is small, mid or national, not ${SCALE_NAME}`);
// Small-set p95s that the scaled set may exceed by at most this factor.
const GROWTH_BUDGET = 1.3;
const KEEP = process.argv.includes("--keep");
const BUILD_ONLY = process.argv.includes("--build-only");
class BuiltOnly extends Error {}

// Child mode (--set <label>): measure one set in the database at BENCH_DATABASE_URL and write the result as JSON.
const setArg = process.argv.indexOf("--set");
if (setArg >= 0) {
  const label = process.argv[setArg + 1];
  Object.assign(process.env, productionEnvFrom(process.env.BENCH_SIGNING_KEY ?? ""), {
    APP_URL: "http://127.0.0.1",
  });
  const result =
    label === "small"
      ? await benchSet(
          "small",
          "20 cohorts, 600 participants, 300 cases, 3,000 replies, 500 responses",
          (db) => buildBenchData(db),
        )
      : await benchSet(label, `scale ${SCALES[label]} of the national set`, (db) =>
          buildScaledBenchData(db, SCALES[label], { log: (line) => console.log(line) }),
        );
  writeFileSync(process.env.BENCH_RESULT_FILE ?? "", JSON.stringify(result));
  process.exit(0);
}

const dir = path.resolve(".data", KEEP ? `bench-kept-${PG_PORT}` : `bench-${PG_PORT}`);
if (!KEEP) rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const pg = await startEmbeddedPostgres({
  dataDir: path.join(dir, "pg"),
  port: PG_PORT,
  database: "bdl_bench",
  throwaway: !KEEP,
});
// The app runs in production mode; sessions made here must use its cookie.
const signingKey = JSON.stringify(
  generateKeyPairSync("ed25519").privateKey.export({ format: "jwk" }),
);
let failed = true;
const sets: SetResult[] = [];
try {
  // Each set in its own database and its own process (the app's modules read DATABASE_URL once).
  for (const label of SCALE_NAME === "small" ? ["small"] : ["small", SCALE_NAME]) {
    const database = `bdl_bench_${label}`;
    const url = new URL(pg.url);
    const dataFile = path.join(dir, `${label}.data.json`);
    const kept = KEEP && existsSync(dataFile);
    if (!kept) {
      const admin = new pg_.Client({ connectionString: url.toString() });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${database}"`);
      await admin.end();
    }
    url.pathname = `/${database}`;
    if (KEEP) console.log(`[${label}] kept at ${url.toString()}${kept ? " (already built)" : ""}`);
    const resultFile = path.join(dir, `${label}.json`);
    const child = spawnSync(
      process.execPath,
      ["--import", "tsx", "tests/bench/run.ts", "--set", label],
      {
        stdio: "inherit",
        env: {
          ...process.env,
          BENCH_DATABASE_URL: url.toString(),
          BENCH_SIGNING_KEY: signingKey,
          BENCH_RESULT_FILE: resultFile,
          ...(KEEP ? { BENCH_DATA_FILE: dataFile } : {}),
          ...(BUILD_ONLY ? { BENCH_BUILD_ONLY: "1" } : {}),
        },
      },
    );
    if (child.status !== 0) throw new Error(`the ${label} set failed (exit ${child.status})`);
    sets.push(JSON.parse(readFileSync(resultFile, "utf8")) as SetResult);
  }
  if (BUILD_ONLY) {
    failed = false;
    throw new BuiltOnly();
  }
  if (sets.length > 1) growthChecks(sets[0], sets[1]);
  const report = sets.map(setReport).join("\n\n");
  const growth = sets.length > 1 ? `\n\n${growthTable(sets[0], sets[1])}` : "";
  const misses = sets.flatMap((set) => set.misses.map((miss) => `${set.label}: ${miss}`));
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load generator on the same machine, ${SECONDS} s per run at full speed, a run at a budget rate long enough for ${PACED_REQUESTS} requests (${SECONDS}-${PACED_MAX_SECONDS} s), ${SHAPE_SECONDS} s per run in the 10-people shape, median of 3 (a page with a ratio budget alternates run for run with the trivial page: the median of the 3 ratios); load average at the end ${os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(" / ")}`;
  console.log(`\n${report}${growth}\n\n${machine}`);
  writeFileSync(
    "docs/benchmarks.md",
    `# Benchmarks\n\nGenerated by \`npm run bench${SCALE_NAME === "small" ? "" : ` -- --scale ${SCALE_NAME}`}\` on ${new Date().toISOString().slice(0, 10)}.\n\nMachine: ${machine}.\n\n${report}${growth}\n\n${misses.length ? `Budgets missed:\n${misses.map((m) => `- ${m}`).join("\n")}\n` : "Every budget holds.\n"}`,
  );
  if (misses.length)
    console.error(`\nBudgets missed:\n${misses.map((m) => `  - ${m}`).join("\n")}`);
  else console.log("\nEvery budget holds.");
  failed = misses.length > 0;
} catch (error) {
  if (!(error instanceof BuiltOnly)) throw error;
} finally {
  await pg.stop();
  if (!KEEP) rmSync(dir, { recursive: true, force: true });
}
// Explicitly: a library's exit hook reset process.exitCode, and a missed budget must fail the command.
process.exit(failed ? 1 : 0);

function productionEnvFrom(signingKey: string) {
  return {
    NODE_ENV: "production",
    SMTP_URL: "smtp://127.0.0.1:2525",
    CREDENTIAL_SIGNING_KEY: signingKey,
  };
}

/** One data set in its own database: build it, start the app on it, measure every target in both load shapes. */
async function benchSet(
  label: string,
  description: string,
  build: (db: PrismaClient) => Promise<BenchData | ScaledBenchData>,
): Promise<SetResult> {
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? "";
  await applyMigrations(databaseUrl);
  // Sessions made by the data set are written through the app's own client, which reads DATABASE_URL.
  process.env.DATABASE_URL = databaseUrl;
  const productionEnv = productionEnvFrom(process.env.BENCH_SIGNING_KEY ?? "");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  console.log(`\n[${label}] Building the data set (${description})…`);
  const started = Date.now();
  const dataFile = process.env.BENCH_DATA_FILE;
  const data =
    dataFile && existsSync(dataFile)
      ? (JSON.parse(readFileSync(dataFile, "utf8")) as BenchData | ScaledBenchData)
      : await build(db);
  if (dataFile && !existsSync(dataFile))
    writeFileSync(
      dataFile,
      JSON.stringify({ ...data, buildSeconds: (Date.now() - started) / 1000 }),
    );
  const buildSeconds = dataFile
    ? (JSON.parse(readFileSync(dataFile, "utf8")) as { buildSeconds: number }).buildSeconds
    : (Date.now() - started) / 1000;
  console.log(`[${label}] built in ${buildSeconds.toFixed(0)} s`);
  if (process.env.BENCH_BUILD_ONLY === "1") {
    await db.$disconnect();
    return { label, results: [], shape: [], misses: [], dbSize: "", buildSeconds };
  }
  const [{ size }] = await db.$queryRawUnsafe<{ size: string }[]>(
    `SELECT pg_size_pretty(pg_database_size(current_database())) AS size`,
  );
  // Production mode: React and Remix as they run for real users.
  // BENCH_PROFILE=1 writes a V8 CPU profile of the app to .data/profiles when it stops.
  const profile: Record<string, string> =
    process.env.BENCH_PROFILE === "1"
      ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${path.resolve(".data", "profiles")}` }
      : {};
  // A busy machine may need more than the tests' 30 s to start two workers.
  const app = await startAppServer(
    databaseUrl,
    { BENCH_QUERY_HEADER: "1", TRUST_PROXY: "1", ...productionEnv, ...profile },
    { startTimeoutMs: 180_000 },
  );
  try {
    const cookieOf = async (email: string) => {
      const response = await postForm(
        app,
        "/inloggen",
        { email, password: BENCH_PASSWORD },
        { "X-Forwarded-For": `203.0.113.${Math.floor(Math.random() * 250)}` },
      );
      const cookie = sessionCookieFrom(response);
      if (!cookie) throw new Error(`login failed for ${email}: ${response.status}`);
      return cookie;
    };
    const filter = (targets: Target[]) =>
      targets.filter(
        (target, index) => index === 0 || !ONLY || ONLY.some((word) => target.name.includes(word)),
      );
    const targets = filter(await benchTargets({ app, db, data, cookieOf }));
    const shape = filter(shapeTargets({ data }));
    await db.$disconnect();
    const misses: string[] = [];
    console.log(`[${label}] full speed, 10 connections, one session per page`);
    const results = await measureAll(app, targets, { seconds: SECONDS, withRate: true }, misses);
    console.log(`[${label}] 10 connections over 10 logged-in people, ${SHAPE_SECONDS} s × 3`);
    const shapeResults = await measureAll(
      app,
      shape,
      { seconds: SHAPE_SECONDS, withRate: false },
      misses,
    );
    return {
      label,
      results,
      shape: shapeResults,
      misses,
      dbSize: size,
      rows: "rows" in data ? (data.rows as Record<string, number>) : undefined,
      buildSeconds,
    };
  } finally {
    await app.stop();
  }
}

async function measureAll(
  app: RunningApp,
  targets: Target[],
  options: { seconds: number; withRate: boolean },
  misses: string[],
): Promise<Result[]> {
  const trivial = targets[0];
  let trivialRps = 0;
  const results: Result[] = [];
  for (const target of targets) {
    process.stdout.write(`  Measuring ${target.name}… `);
    const load = { seconds: options.seconds, connections: 10 };
    // A page with a ratio budget is measured run for run against the trivial page (measureAgainstTrivial).
    const paired =
      target.minRatioToTrivial && target !== trivial
        ? await measureAgainstTrivial(app.url, target, trivial, load)
        : null;
    const max = paired?.run ?? (await measure(app.url, target, load));
    if (target === trivial) trivialRps = max.rps;
    const atRate =
      options.withRate && target.rate
        ? await measure(app.url, target, { seconds: SECONDS, connections: 10, rate: target.rate })
        : max;
    // A probe that fails (the server reset the connection under load) is a miss of this page, not the end of the run.
    const probe = async (what: string, read: () => Promise<number>) => {
      try {
        return await read();
      } catch (error) {
        misses.push(`${target.name}: ${what} probe failed (${(error as Error).message})`);
        return NaN;
      }
    };
    const trips = options.withRate
      ? await probe("round-trip", () => dbRoundTrips(app.url, target))
      : NaN;
    const js = options.withRate ? await probe("JS size", () => shippedJsKiB(app.url, target)) : NaN;
    const ratio = paired?.ratio ?? (trivialRps ? max.rps / trivialRps : 1);
    console.log(
      `${max.rps.toFixed(0)} req/s, p95 ${ms(atRate.p95)} ms (load ${os.loadavg()[0].toFixed(1)})`,
    );
    const check = (ok: boolean, what: string) => !ok && misses.push(`${target.name}: ${what}`);
    if (target.minRatioToTrivial)
      check(
        ratio >= target.minRatioToTrivial,
        `ratio ${ratio.toFixed(2)} < ${target.minRatioToTrivial}`,
      );
    if (target.p95BudgetMs)
      check(
        atRate.p95 <= target.p95BudgetMs,
        `p95 ${ms(atRate.p95)} ms > ${target.p95BudgetMs} ms at ${target.rate ?? "max"} req/s`,
      );
    if (options.withRate && target.maxDbRoundTrips !== undefined)
      check(
        trips <= target.maxDbRoundTrips,
        `${trips} database round trips > ${target.maxDbRoundTrips}`,
      );
    if (options.withRate && target.maxJsKiB !== undefined)
      check(js <= target.maxJsKiB, `${js.toFixed(1)} KiB JS > ${target.maxJsKiB} KiB`);
    check(max.errors === 0, `${max.errors} errors or non-2xx/3xx answers`);
    results.push({
      name: target.name,
      max,
      atRate,
      ratio,
      trips: options.withRate ? trips : null,
      js: options.withRate ? js : null,
      load: os.loadavg()[0],
      target: {
        rate: target.rate,
        minRatioToTrivial: target.minRatioToTrivial,
        growsWithData: target.growsWithData,
      },
    });
  }
  return results;
}

/** The scaled set's p95 at the budget rate within GROWTH_BUDGET x the small set's, page by page. */
function growthChecks(small: SetResult, scaled: SetResult) {
  for (const result of scaled.results) {
    const base = small.results.find((candidate) => candidate.name === result.name);
    if (!base || !result.target.rate || result.target.growsWithData) continue;
    // Below 5 ms the ratio of two p95s is noise of the machine, not growth.
    const limit = Math.max(base.atRate.p95 * GROWTH_BUDGET, 5);
    if (result.atRate.p95 > limit)
      scaled.misses.push(
        `${result.name}: p95 ${ms(result.atRate.p95)} ms > ${GROWTH_BUDGET} × small set's ${ms(base.atRate.p95)} ms`,
      );
  }
}

export type { Target };
