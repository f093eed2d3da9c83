import {
  PgBoss,
  fromPrisma,
  systemClock,
  type Job,
  type JobInsert,
  type PrismaTransactionLike,
  type SendOptions,
} from "pg-boss";
import { jobClock } from "./clock.server";
import { QUEUE_SPECS, type QueueSpec } from "./queues";

/** Where pg-boss keeps its tables, beside (not inside) the app's own schema. */
const QUEUE_SCHEMA = "pgboss";
/** Every recurring job runs on Dutch wall-clock time, summer or winter. */
const TIME_ZONE = "Europe/Amsterdam";

export type JobHandler<T extends object = object> = (job: Job<T>) => Promise<void>;

type GlobalWithBoss = typeof globalThis & { __boss?: Promise<PgBoss>; __bossWorking?: boolean };
const globalRef = globalThis as GlobalWithBoss;

function secondsFromEnv(name: string): number | undefined {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

function createBoss(work: boolean): PgBoss {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString)
    throw new Error("DATABASE_URL is not set: the job queue needs the app's database.");
  // Short monitor passes only where tests ask for them (a crashed worker's job comes back sooner).
  const supervise = secondsFromEnv("JOBS_SUPERVISE_SECONDS");
  const boss = new PgBoss({
    connectionString,
    schema: QUEUE_SCHEMA,
    max: Number(process.env.JOBS_POOL_SIZE ?? 3),
    clock: jobClock(),
    // Only a process that works jobs also runs the cron and the monitor; pure senders stay light.
    schedule: work,
    supervise: work,
    ...(supervise
      ? { superviseIntervalSeconds: supervise, monitorIntervalSeconds: supervise }
      : {}),
    ...(process.env.JOBS_CRON_SECONDS
      ? { cronMonitorIntervalSeconds: Number(process.env.JOBS_CRON_SECONDS) }
      : {}),
  });
  // During a database outage pg-boss reports every failed poll: the same message at most every 10 s.
  const lastLogged = new Map<string, number>();
  boss.on("error", (error: Error) => {
    const now = Date.now();
    const key = error.message.replace(/ \(Queue: .*\)$/, "");
    if (now - (lastLogged.get(key) ?? 0) < 10_000) return;
    lastLogged.set(key, now);
    console.error(`[jobs] ${error.message}`);
  });
  return boss;
}

/**
 * The process's pg-boss instance, started on first use. `work` decides
 * whether it also runs cron and maintenance (set by startJobWorkers).
 */
function getBoss(): Promise<PgBoss> {
  globalRef.__boss ??= (async () => {
    // A process that will work jobs (server.ts sets JOBS_PROCESS_WORKS) starts its instance that way
    // even when a request sends the first job, so startJobWorkers never has to replace it.
    globalRef.__bossWorking ??= process.env.JOBS_PROCESS_WORKS === "1";
    const boss = createBoss(globalRef.__bossWorking);
    await boss.start({ attempts: 5 });
    return boss;
  })().catch((error: unknown) => {
    globalRef.__boss = undefined;
    throw error;
  });
  return globalRef.__boss;
}

/** Stops the queue of this process (tests and graceful shutdown); running handlers finish first. */
export async function stopBoss(
  options: { graceful?: boolean; timeout?: number } = {},
): Promise<void> {
  const pending = globalRef.__boss;
  globalRef.__boss = undefined;
  globalRef.__bossWorking = undefined;
  if (!pending) return;
  const boss = await pending.catch(() => undefined);
  await boss?.stop({ graceful: options.graceful ?? true, timeout: options.timeout ?? 20_000 });
}

/**
 * Installs or upgrades pg-boss's tables. The primary process does this once
 * before forking, so cluster workers do not race; pg-boss also takes an
 * advisory lock of its own.
 */
export async function installQueue(connectionString: string): Promise<void> {
  const boss = new PgBoss({
    connectionString,
    schema: QUEUE_SCHEMA,
    max: 1,
    schedule: false,
    supervise: false,
  });
  boss.on("error", () => undefined);
  await boss.start({ attempts: 5 });
  for (const spec of QUEUE_SPECS) await createOrUpdateQueue(boss, spec);
  await boss.stop({ graceful: false });
}

export type EnqueueOptions = Pick<SendOptions, "startAfter" | "singletonKey" | "retryLimit"> & {
  /** A Prisma transaction: the job is created only if the transaction commits. */
  tx?: PrismaTransactionLike;
};

/** Puts a job on a queue (inside the caller's transaction when `tx` is given). */
export async function enqueue(
  name: string,
  data: object,
  { tx, ...options }: EnqueueOptions = {},
): Promise<string | null> {
  const boss = await getBoss();
  return boss.send(name, data, { ...options, ...(tx ? { db: await inOurTransaction(tx) } : {}) });
}

/**
 * pg-boss's statements read "now" through pgboss.job_now(). Under a test's
 * TestClock that function returns the fake time only in sessions that opted
 * in (pg-boss's own connections do); a job sent inside our Prisma transaction
 * would otherwise be stamped with the real time, and a test clock set before
 * today would never see it as due. So the transaction opts in too, for itself
 * only (set_config(..., true)). Nothing happens on the system clock.
 */
async function inOurTransaction(tx: PrismaTransactionLike) {
  if (jobClock() !== systemClock)
    await tx.$queryRawUnsafe("SELECT set_config('pgboss.test_clock', 'on', true)");
  return fromPrisma(tx);
}

/** Many jobs in one statement (inside the caller's transaction when `tx` is given); singleton conflicts are skipped. */
export async function enqueueMany(
  name: string,
  jobs: JobInsert[],
  { tx }: { tx?: PrismaTransactionLike } = {},
): Promise<void> {
  if (jobs.length === 0) return;
  const boss = await getBoss();
  await boss.insert(name, jobs, tx ? { db: await inOurTransaction(tx) } : {});
}

/**
 * Creates the queues, registers their handlers and cron schedules on this
 * process. Every app process may call it: pg-boss hands each job to one
 * worker (SELECT ... FOR UPDATE SKIP LOCKED), and a cron occurrence creates
 * one job however many processes watch the schedule.
 */
export async function startJobWorkers(
  handlers: Record<string, JobHandler<never>>,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<PgBoss> {
  if (globalRef.__boss && !globalRef.__bossWorking) await stopBoss();
  globalRef.__bossWorking = true;
  const boss = await getBoss();
  const pollingIntervalSeconds =
    options.pollingIntervalSeconds ?? Number(process.env.JOBS_POLL_SECONDS ?? 2);
  const batchSize = Number(process.env.JOBS_BATCH_SIZE ?? 5);
  for (const spec of QUEUE_SPECS) {
    const handler = handlers[spec.name];
    if (!handler) throw new Error(`No handler for queue ${spec.name}`);
    await createOrUpdateQueue(boss, spec);
    // A few jobs per fetch, fetching again at once while batches come back full. If one job of a
    // batch throws, the whole batch is retried: harmless, as every job's mails are sent once (SentMail).
    await boss.work<never>(
      spec.name,
      { pollingIntervalSeconds, batchSize, burstWhenBatchFull: true },
      async (jobs) => {
        for (const job of jobs) await handler(job);
      },
    );
    // Idempotent: every process registers the same schedules; pg-boss makes one job per occurrence.
    if (spec.cron) await boss.schedule(spec.name, spec.cron, {}, { tz: TIME_ZONE });
  }
  return boss;
}

async function createOrUpdateQueue(boss: PgBoss, spec: QueueSpec): Promise<void> {
  if (!(await boss.getQueue(spec.name))) {
    await boss.createQueue(spec.name, spec.options).catch(async (error: unknown) => {
      // Another process created it a moment ago.
      if (!(await boss.getQueue(spec.name))) throw error;
    });
    return;
  }
  // Policy, heartbeat and maximum delay are fixed when a queue is created; the rest can follow the code.
  const { retryLimit, retryDelay, retryBackoff, expireInSeconds } = spec.options;
  await boss.updateQueue(spec.name, { retryLimit, retryDelay, retryBackoff, expireInSeconds });
}
