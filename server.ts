/**
 * Starts Buiten de Lijnen: the database (embedded PostgreSQL unless
 * DATABASE_URL is set), migrations, demo data on an empty database in
 * development, then WEB_CONCURRENCY worker processes that each run the Remix
 * app behind a small Express server on the same port. Workers keep nothing
 * of their own that matters: sessions, rate limits and content live in
 * PostgreSQL, so any worker (or any other server) can answer any request.
 * Each process also works the job queue (pg-boss on the same PostgreSQL;
 * docs/decisions/014-job-queue.md) unless JOBS_IN_APP=0, in which case
 * `npm run worker` does that in a process of its own.
 */
import cluster from "node:cluster";
import os from "node:os";
import { readEnv, type Env } from "./app/utils/env.server";
import {
  EmbeddedPostgresError,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from "./app/utils/embedded-postgres.server";
import { installQueue } from "./app/modules/jobs/queue.server";
// Loaded once DATABASE_URL is known (the job handlers import the Prisma client).
const jobs = () => import("./app/flows/run-workers.server");
const appRunsJobs = () => process.env.JOBS_IN_APP !== "0";
if (appRunsJobs()) process.env.JOBS_PROCESS_WORKS = "1";
const startWorkers = async () => (await jobs()).startWorkers();
const stopWorkers = async () => (appRunsJobs() ? (await jobs()).stopWorkers() : undefined);
import { applyMigrations } from "./app/utils/migrate.server";
import { serveApp } from "./app/utils/serve-app.server";

async function primary(env: Env) {
  let embedded: EmbeddedDatabase | undefined;
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({
      dataDir: process.env.EMBEDDED_PG_DIR ?? ".data/postgres",
      port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
      database: "buitendelijnen",
    });
    process.env.DATABASE_URL = embedded.url;
    console.log(`Embedded PostgreSQL on ${embedded.url.replace(/:[^:@/]+@/, ":***@")}`);
  }
  const applied = await applyMigrations(process.env.DATABASE_URL!);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  // The queue's own tables, once, before any worker process starts.
  await installQueue(process.env.DATABASE_URL!);

  if (env.NODE_ENV !== "production" && process.env.SEED_DEMO !== "0") {
    const { seedDemoIfEmpty } = await import("./prisma/seed");
    const logins = await seedDemoIfEmpty();
    if (logins) printLogins(logins);
  }

  const workers =
    env.WEB_CONCURRENCY ?? (env.NODE_ENV === "production" ? os.availableParallelism() : 1);
  let stopping = false;
  const shutdown = async (exitCode = 0) => {
    stopping = true;
    await stopWorkers().catch(() => undefined);
    await Promise.all(
      Object.values(cluster.workers ?? {}).map(
        (worker) =>
          new Promise((resolve) =>
            worker?.isDead()
              ? resolve(null)
              : (worker?.once("exit", resolve), worker?.kill("SIGTERM")),
          ),
      ),
    );
    await embedded?.stop().catch(() => undefined);
    process.exit(exitCode);
  };
  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());

  if (workers === 1) {
    // One process: no cluster, simplest to debug and what development uses.
    const server = await serveApp(env);
    server.once("listening", () => console.log(`Buiten de Lijnen: http://localhost:${env.PORT}`));
    if (appRunsJobs()) await startWorkers();
    return;
  }
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    if (listening < workers) {
      // A worker that dies before it ever served (a port in use, a broken build) would only die again.
      console.error(`Worker ${worker.process.pid} stopped during start (${signal ?? code}).`);
      void shutdown(1);
      return;
    }
    console.error(`Worker ${worker.process.pid} stopped (${signal ?? code}); starting a new one.`);
    cluster.fork();
  });
  let listening = 0;
  cluster.on("listening", () => {
    if (++listening === workers)
      console.log(`Buiten de Lijnen: http://localhost:${env.PORT} (${workers} workers)`);
  });
  for (let i = 0; i < workers; i++) cluster.fork();
}

function printLogins(logins: { role: string; email: string; password: string }[]) {
  console.log("\nDemo logins (development only):");
  for (const login of logins)
    console.log(`  ${login.role.padEnd(26)} ${login.email.padEnd(42)} ${login.password}`);
  console.log("");
}

// A connection that breaks while PostgreSQL restarts can surface outside any request or job (a
// transaction's timeout tries to roll back on a dead connection). That must not take the process
// down: requests get 503s and jobs are retried. Anything else still crashes, as before.
const CONNECTION_LOST =
  /Connection terminated|ECONNREFUSED|ECONNRESET|terminating connection|database system is (starting up|shutting down|in recovery)/;
process.on("uncaughtException", (error) => {
  if (CONNECTION_LOST.test(String(error?.message))) {
    console.error(`database connection lost: ${error.message}`);
    return;
  }
  console.error(error);
  process.exit(1);
});

let env: Env;
try {
  env = readEnv();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

if (cluster.isPrimary) {
  primary(env).catch((error) => {
    // A database that cannot start is explained in one sentence, not a stack trace.
    console.error(error instanceof EmbeddedPostgresError ? error.message : error);
    process.exit(1);
  });
} else {
  // A worker: DATABASE_URL came from the primary's environment.
  serveApp(env)
    .then(() => (appRunsJobs() ? startWorkers() : undefined))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
  // Jobs in hand finish (up to 10 s); an unfinished one is retried elsewhere.
  process.once(
    "SIGTERM",
    () =>
      void Promise.race([
        stopWorkers(),
        new Promise((resolve) => setTimeout(resolve, 10_000)),
      ]).finally(() => process.exit(0)),
  );
}
