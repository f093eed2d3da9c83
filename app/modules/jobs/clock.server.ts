import { systemClock, type Clock } from "pg-boss";

type GlobalWithClock = typeof globalThis & { __jobClock?: Clock };
const globalRef = globalThis as GlobalWithClock;

/**
 * The clock of the job queue. Normally the system clock; a test installs
 * pg-boss's own TestClock here before the queue starts, so that the queue's
 * polls and cron, the run-at times we compute and the database's notion of
 * "now" (pg-boss's job_now()) all move together when the test ticks.
 */
export function jobClock(): Clock {
  return globalRef.__jobClock ?? systemClock;
}

export function setJobClock(clock: Clock | undefined): void {
  globalRef.__jobClock = clock;
}

/** "Now" as the queue sees it. */
export const jobNow = (): Date => new Date(jobClock().now());
