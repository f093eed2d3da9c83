import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamToUtc } from "~/modules/cohorts/local-time";
import { enqueue, stopBoss } from "~/modules/jobs/queue.server";
import { QUEUES } from "~/modules/jobs/queues";
import { db } from "~/utils/db.server";
import { factories } from "../factories";
import { startAppServer, type RunningApp } from "../setup/app-server";
import { sessionCookieFor } from "../setup/call-route";

// Two app processes, each with its own job workers, on one database. Every
// mail is counted in the outbox: 200 reply notifications, 50 evening
// reminders and 20 report alerts must each arrive exactly once, also though
// one process is killed with SIGKILL halfway and another started.
const make = factories(db);
const servers: RunningApp[] = [];
const JOB_ENV = {
  FORUM_NOTIFY_DELAY_MINUTES: "0.05", // 3 s instead of 15 min: this test runs on the real clock
  JOBS_POLL_SECONDS: "0.5",
  JOBS_SUPERVISE_SECONDS: "2", // a dead process's jobs come back after their 10 s heartbeat
  DATABASE_POOL_SIZE: "5",
};

beforeAll(async () => {
  servers.push(
    ...(await Promise.all([
      startAppServer(process.env.DATABASE_URL!, JOB_ENV),
      startAppServer(process.env.DATABASE_URL!, JOB_ENV),
    ])),
  );
}, 90_000);
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await stopBoss({ graceful: false });
});

async function inParallel<T>(
  items: T[],
  limit: number,
  run: (item: T, index: number) => Promise<void>,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++;
        await run(items[index], index);
      }
    }),
  );
}

const tomorrowInAmsterdam = () => {
  const today = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(amsterdamToUtc(today, "12:00").getTime() + 86_400_000));
};

describe("job workers in two app processes", () => {
  it("deliver 200 reply mails, 50 evening reminders and 20 report alerts exactly once, through a SIGKILL and a restart", async () => {
    const run = Date.now().toString(36);
    const facilitator = await make.user({
      role: "FACILITATOR",
      name: "Fien Facilitator",
      email: `fien-${run}@voorbeeld.nl`,
    });
    const replier = await make.user({ name: "Rik Reageerder", email: `rik-${run}@voorbeeld.nl` });
    const people = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, index) => ({
        id: `${prefix}${run}x${index}`,
        email: `${prefix}-${run}-${index}@voorbeeld.nl`,
        name: `${prefix} ${index}`,
        passwordHash: "x",
      }));
    const authors = people("auteur", 200);
    const guests = people("gast", 50);
    await db.user.createMany({ data: [...authors, ...guests] });
    const forum = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [replier.id, ...authors.map((author) => author.id)],
    });
    const course = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: guests.map((guest) => guest.id),
    });
    const day = tomorrowInAmsterdam();
    await db.evening.create({
      data: {
        cohortId: course.id,
        startsAt: amsterdamToUtc(day, "19:30"),
        endsAt: amsterdamToUtc(day, "21:30"),
        place: "Clubhuis",
        topic: "Samen verder",
      },
    });
    const cases = await Promise.all(
      authors.map((author, index) =>
        db.forumCase.create({
          data: {
            cohortId: forum.id,
            authorId: author.id,
            authorDomain: "SPORT",
            title: `Casus ${index}`,
            situation: "Een situatie op de training.",
            whatIDid: "Ik heb gepraat.",
            question: "Wat nu?",
            themes: [],
          },
          select: { id: true },
        }),
      ),
    );
    const cookie = await sessionCookieFor(replier.id);
    const post = async (server: RunningApp, caseId: string, form: Record<string, string>) => {
      const response = await fetch(`${server.url}/groepen/${forum.id}/casussen/${caseId}`, {
        method: "POST",
        redirect: "manual",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          Origin: server.origin,
          Cookie: cookie,
        },
        body: new URLSearchParams(form),
      });
      await response.arrayBuffer();
      return response.status;
    };

    // Replies and reports go to both servers in turn.
    const statuses: number[] = [];
    await inParallel(cases, 8, async (found, index) => {
      statuses.push(
        await post(servers[index % 2], found.id, {
          intent: "reply",
          body: `Een idee voor casus ${index}.`,
        }),
      );
      if (index < 20)
        statuses.push(
          await post(servers[(index + 1) % 2], found.id, {
            intent: "report",
            reason: `Melding ${index}`,
          }),
        );
    });
    expect(statuses.filter((status) => status === 302)).toHaveLength(200);
    expect(statuses.filter((status) => status === 200)).toHaveLength(20);
    // The evening reminder job, as cron would create it; twice, as if two schedulers had fired.
    await enqueue(QUEUES.eveningReminders, {});
    await enqueue(QUEUES.eveningReminders, {});

    const ours = { OR: [{ to: { contains: `-${run}-` } }, { to: facilitator.email }] };
    const deadline = Date.now() + 150_000;
    let killed = false;
    for (;;) {
      const count = await db.outboxMail.count({ where: ours });
      if (!killed && count >= 80) {
        // Halfway: one process dies at once, jobs in its hands included; a new one takes its place.
        killed = true;
        console.log(`[jobs-two-servers] ${count} of 270 mails out: SIGKILL to one app process`);
        await servers[0].kill();
        servers[0] = await startAppServer(process.env.DATABASE_URL!, JOB_ENV);
      }
      const open = await db.$queryRaw<
        { n: bigint }[]
      >`SELECT count(*) AS n FROM pgboss.job WHERE name IN (${QUEUES.replyMail}, ${QUEUES.reportAlert}, ${QUEUES.eveningReminders}) AND state IN ('created', 'retry', 'active')`;
      if (killed && count >= 270 && Number(open[0].n) === 0) break;
      if (Date.now() > deadline)
        throw new Error(`only ${count} of 270 mails after 150 s; ${open[0].n} jobs open`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(killed).toBe(true);
    const retried = await db.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM pgboss.job WHERE name IN (${QUEUES.replyMail}, ${QUEUES.reportAlert}, ${QUEUES.eveningReminders}) AND retry_count > 0`;
    console.log(`[jobs-two-servers] all 270 mails out; ${retried[0].n} job(s) needed a retry`);

    const perRecipient = await db.outboxMail.groupBy({
      by: ["to"],
      where: ours,
      _count: { _all: true },
    });
    const counts = new Map(perRecipient.map((row) => [row.to, row._count._all]));
    expect(authors.filter((author) => counts.get(author.email) !== 1)).toEqual([]);
    expect(guests.filter((guest) => counts.get(guest.email) !== 1)).toEqual([]);
    expect(counts.get(facilitator.email)).toBe(20);
    expect(counts.get(replier.email)).toBeUndefined();
    expect(await db.outboxMail.count({ where: ours })).toBe(270);
  }, 240_000);
});
