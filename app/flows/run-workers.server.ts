import { JOB_HANDLERS } from "./job-handlers.server";
import { startJobWorkers, stopBoss } from "~/modules/jobs/queue.server";

/** Whether this process works jobs: yes unless JOBS_IN_APP=0 (then run `npm run worker` beside it). */
export const appRunsJobs = () => process.env.JOBS_IN_APP !== "0";

/**
 * Starts this process's job workers and cron. When the database is not there
 * (an outage while a process starts), it tries again every few seconds
 * instead of failing: the web server is already serving and answers 503s.
 */
export async function startWorkers(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await startJobWorkers(JOB_HANDLERS);
      if (attempt > 1) console.log("[jobs] workers started");
      return;
    } catch (error) {
      if (attempt === 1)
        console.error(
          `[jobs] workers could not start yet, trying again: ${(error as Error).message}`,
        );
      await stopBoss({ graceful: false }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, Math.min(attempt, 5) * 1_000));
    }
  }
}

export const stopWorkers = () => stopBoss({ graceful: true });
