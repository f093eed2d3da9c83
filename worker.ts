/**
 * `npm run worker`: works the job queue (pg-boss on the app's PostgreSQL) in
 * a process of its own, for those who run the app servers with
 * JOBS_IN_APP=0. Without DATABASE_URL it connects to the embedded PostgreSQL
 * that `npm start` / `npm run demo` runs (EMBEDDED_PG_PORT, default 54329).
 * Any number of these may run beside the app servers: each job runs once.
 */
import { installQueue } from "./app/modules/jobs/queue.server";
import { applyMigrations } from "./app/utils/migrate.server";

process.env.DATABASE_URL ??= `postgresql://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_PG_PORT ?? 54329}/buitendelijnen`;

async function main() {
  await applyMigrations(process.env.DATABASE_URL!);
  await installQueue(process.env.DATABASE_URL!);
  const { startWorkers, stopWorkers } = await import("./app/flows/run-workers.server");
  await startWorkers();
  console.log("Buiten de Lijnen job worker: waiting for jobs.");
  const stop = () =>
    void Promise.race([
      stopWorkers(),
      new Promise((resolve) => setTimeout(resolve, 10_000)),
    ]).finally(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
