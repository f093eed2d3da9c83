/**
 * `npm run test:fault`: a steady load of evaluation submits and forum replies,
 * each with a logged idempotency key; PostgreSQL is stopped in `immediate`
 * mode and restarted under load. Prints what the app answered during the
 * outage, how long recovery took, and whether every acknowledged write is
 * stored exactly once. The replies also queue notification mails on the job
 * queue (delayed 6 s here): PostgreSQL goes down while such jobs are pending,
 * and after recovery every job must have run and every notification must be
 * mailed exactly once. Exits non-zero when a promise is broken.
 */
import { randomUUID } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../app/generated/prisma/client";
import {
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from "../../app/utils/embedded-postgres.server";
import { applyMigrations } from "../../app/utils/migrate.server";
import { startAppServer } from "../setup/app-server";
import { buildFaultWorld } from "./world";

const PORT = 55_700;
const dataDir = path.resolve(".data", "fault", "pg");
rmSync(path.dirname(dataDir), { recursive: true, force: true });
const startPg = () => startEmbeddedPostgres({ dataDir, port: PORT, database: "bdl_fault" });

type Sent = {
  kind: "evaluation" | "reply";
  key: string;
  user: number;
  status: number;
  ms: number;
  at: number;
  location: string | null;
};

let pg: EmbeddedDatabase = await startPg();
await applyMigrations(pg.url);
process.env.DATABASE_URL = pg.url;
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: pg.url }) });
const world = await buildFaultWorld(db);
await db.$disconnect();
// Two worker processes, as in production on this machine: both must ride out the outage.
const app = await startAppServer(
  pg.url,
  // Reply mails after 6 s instead of 15 min, so that jobs are pending when PostgreSQL stops.
  {
    DATABASE_POOL_SIZE: "5",
    WEB_CONCURRENCY: "2",
    FORUM_NOTIFY_DELAY_MINUTES: "0.1",
    JOBS_SUPERVISE_SECONDS: "10",
  },
  // Two cluster workers starting on a busy shared machine can take longer than the default 30 s.
  { echoErrors: true, startTimeoutMs: 120_000 },
);
const openJobsSql = `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'forum-reply-mail' AND state IN ('created', 'retry', 'active')`;
async function countOpenJobs(url: string): Promise<number> {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    return (await client.$queryRawUnsafe<{ n: number }[]>(openJobsSql))[0].n;
  } finally {
    await client.$disconnect();
  }
}

const sent: Sent[] = [];
const started = Date.now();
const now = () => Date.now() - started;
let outage: { from: number; to: number } = { from: Infinity, to: Infinity };

async function send(kind: Sent["kind"], key: string, userIndex: number): Promise<Sent> {
  const cookie = world.cookies[userIndex];
  const body =
    kind === "evaluation"
      ? new URLSearchParams({
          intent: "submit",
          A1: userIndex % 2 ? "sport" : "welzijn",
          C1: String(1 + (userIndex % 10)),
        })
      : new URLSearchParams({
          intent: "reply",
          body: `Goed idee, bij ons werkte het ook (${key.slice(0, 8)}).`,
          idempotencyKey: key,
        });
  const path =
    kind === "evaluation"
      ? `/groepen/${world.cohortId}/evaluatie`
      : `/groepen/${world.cohortId}/casussen/${world.caseId}`;
  const begin = Date.now();
  const at = now();
  try {
    const response = await fetch(app.url + path, {
      method: "POST",
      redirect: "manual",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: app.origin,
        Cookie: cookie,
      },
      body,
      signal: AbortSignal.timeout(15_000),
    });
    await response.arrayBuffer();
    return {
      kind,
      key,
      user: userIndex,
      status: response.status,
      ms: Date.now() - begin,
      at,
      location: response.headers.get("location"),
    };
  } catch {
    return { kind, key, user: userIndex, status: 0, ms: Date.now() - begin, at, location: null };
  }
}

const acknowledged = (entry: Sent) => entry.status === 302 || entry.status === 303;

// Steady load: every 100 ms one evaluation (a new participant) and one reply (a new key).
const inflight: Promise<void>[] = [];
let userIndex = 0;
const load = setInterval(() => {
  if (userIndex < world.cookies.length) {
    const index = userIndex++;
    inflight.push(
      send("evaluation", `user-${index}`, index).then((entry) => void sent.push(entry)),
    );
  }
  const replier = Math.floor(Math.random() * world.cookies.length);
  inflight.push(send("reply", randomUUID(), replier).then((entry) => void sent.push(entry)));
}, 100);

await sleep(6_000);
const pendingAtStop = await countOpenJobs(pg.url);
const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
process.kill(pid, "SIGQUIT"); // PostgreSQL's "immediate" shutdown
outage = { from: now(), to: Infinity };
console.log(`t=${(outage.from / 1000).toFixed(1)} s  PostgreSQL stopped (immediate)`);
await sleep(5_000);
pg = await startPg();
outage.to = now();
console.log(`t=${(outage.to / 1000).toFixed(1)} s  PostgreSQL restarted`);
await sleep(12_000);
clearInterval(load);
await Promise.all(inflight);

// Replays of acknowledged requests must return the stored result and store nothing new.
const ackedEvaluations = sent.filter((entry) => entry.kind === "evaluation" && acknowledged(entry));
const ackedReplies = sent.filter((entry) => entry.kind === "reply" && acknowledged(entry));
const replays = await Promise.all([
  ...ackedEvaluations.slice(0, 10).map((entry) => send("evaluation", entry.key, entry.user)),
  ...ackedReplies.slice(0, 10).map((entry) => send("reply", entry.key, entry.user)),
]);

// Let the queue finish: every reply-mail job, including those pending when PostgreSQL stopped.
const jobsDeadline = Date.now() + 90_000;
while ((await countOpenJobs(pg.url)) > 0 && Date.now() < jobsDeadline) await sleep(500);
const check = new PrismaClient({ adapter: new PrismaPg({ connectionString: pg.url }) });
const replyRows = await check.forumReply.findMany({
  where: { caseId: world.caseId, idempotencyKey: { not: null } },
  select: { idempotencyKey: true },
});
const storedKeys = new Map<string, number>();
for (const row of replyRows)
  storedKeys.set(row.idempotencyKey!, (storedKeys.get(row.idempotencyKey!) ?? 0) + 1);
const receipts = await check.evaluationReceipt.findMany({
  where: { cohortId: world.cohortId },
  select: { userId: true },
});
const responses = await check.evaluationResponse.count({ where: { cohortId: world.cohortId } });
const jobStates = await check.$queryRawUnsafe<{ state: string; n: number }[]>(
  `SELECT state::text AS state, count(*)::int AS n FROM pgboss.job WHERE name = 'forum-reply-mail' GROUP BY 1`,
);
const jobsByState = Object.fromEntries(jobStates.map((row) => [row.state, row.n]));
const notifications = await check.pendingNotification.count();
const unsentNotifications = await check.pendingNotification.count({ where: { sentAt: null } });
const replyMails = await check.outboxMail.findMany({
  where: { subject: "Nieuwe reacties op casussen die je volgt" },
  select: { text: true },
});
const mailedNotifications = replyMails.reduce(
  (sum, mail) =>
    sum +
    [...mail.text.matchAll(/: (\d+) nieuwe reacties?$/gm)].reduce(
      (inner, match) => inner + Number(match[1]),
      0,
    ),
  0,
);
const replyMailRecords = await check.sentMail.count({
  where: { jobKey: { startsWith: "replies:" } },
});
await check.$disconnect();

const receiptUsers = new Set(receipts.map((receipt) => receipt.userId));
const ackedEvaluationStored = ackedEvaluations.filter((entry) =>
  receiptUsers.has(world.userIds[Number(entry.key.slice(5))]),
).length;
const ackedReplyStoredOnce = ackedReplies.filter((entry) => storedKeys.get(entry.key) === 1).length;
const duplicates =
  [...storedKeys.values()].filter((count) => count > 1).length +
  Math.max(0, responses - receipts.length);
const during = sent.filter((entry) => entry.at >= outage.from && entry.at < outage.to);
const statusCounts = (entries: Sent[]) =>
  entries.reduce<Record<string, number>>(
    (acc, entry) => ({ ...acc, [entry.status]: (acc[entry.status] ?? 0) + 1 }),
    {},
  );
const firstSuccessAfter = sent
  .filter((entry) => entry.at >= outage.to && acknowledged(entry))
  .sort((a, b) => a.at - b.at)[0];
const recoverySeconds = firstSuccessAfter
  ? (firstSuccessAfter.at + firstSuccessAfter.ms - outage.to) / 1000
  : Infinity;
const slowestDuringOutage = Math.max(0, ...during.map((entry) => entry.ms));
const fiveHundreds = sent.filter((entry) => entry.status >= 500 && entry.status !== 503).length;
const replaysOk = replays.every(acknowledged);

console.log(`
requests sent                 ${sent.length} (${statusCounts(sent)["302"] ?? 0} acknowledged)
during the outage             ${JSON.stringify(statusCounts(during))}, slowest answer ${slowestDuringOutage} ms
other 5xx than 503            ${fiveHundreds}
recovered after restart in    ${recoverySeconds.toFixed(1)} s (no app restart)
evaluations acknowledged      ${ackedEvaluations.length}, stored ${ackedEvaluationStored}
replies acknowledged          ${ackedReplies.length}, stored exactly once ${ackedReplyStoredOnce}
responses / receipts          ${responses} / ${receipts.length}
duplicates                    ${duplicates}
replays answered as stored    ${replays.filter(acknowledged).length} / ${replays.length}
reply-mail jobs               ${pendingAtStop} pending when PostgreSQL stopped; after recovery ${JSON.stringify(jobsByState)}
reply notifications           ${notifications} queued, ${notifications - unsentNotifications} mailed, ${unsentNotifications} left; counted in ${replyMails.length} mails: ${mailedNotifications}
mails vs. SentMail records    ${replyMails.length} / ${replyMailRecords}`);

if (process.env.FAULT_DEBUG)
  for (const entry of sent.filter((e) => e.status === 0 || e.ms > 3000))
    console.log("slow", entry.kind, entry.status, entry.at, entry.ms);
await app.stop();
await pg.stop();
rmSync(path.dirname(dataDir), { recursive: true, force: true });

const broken = [
  ackedEvaluationStored !== ackedEvaluations.length && "an acknowledged evaluation is missing",
  ackedReplyStoredOnce !== ackedReplies.length && "an acknowledged reply is missing or duplicated",
  duplicates > 0 && "duplicates stored",
  fiveHundreds > 0 && "5xx other than 503",
  !during.some((entry) => entry.status === 503) && "no 503 during the outage",
  slowestDuringOutage > 5_000 && "an answer during the outage took longer than 5 s",
  recoverySeconds > 10 && "recovery took longer than 10 s",
  !replaysOk && "a replay was not answered with the stored result",
  pendingAtStop === 0 && "no job was pending when PostgreSQL stopped",
  (jobsByState.created ?? 0) + (jobsByState.retry ?? 0) + (jobsByState.active ?? 0) > 0 &&
    "a reply-mail job did not run after recovery",
  (jobsByState.failed ?? 0) > 0 && "a reply-mail job failed",
  unsentNotifications > 0 && "a reply notification was never mailed",
  mailedNotifications !== notifications && "a reply notification was mailed twice or not at all",
  replyMails.length !== replyMailRecords && "a job mailed twice",
].filter(Boolean);
if (broken.length) {
  console.error(`\nFAILED: ${broken.join("; ")}`);
  process.exit(1);
}
console.log(
  "\nacknowledged = stored, 0 duplicates, 503 during the outage, recovered without an app restart; every pending job ran once after recovery.",
);
process.exit(0);

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
