import { JOB_HANDLERS } from "./definitions.server";
import { startJobWorkers, stopBoss } from "./queue.server";

/** Whether this process works jobs: yes unless JOBS_IN_APP=0 (then run `npm run worker` beside it). */
export const appRunsJobs = () => process.env.JOBS_IN_APP !== "0";

/** Starts this process's job workers and cron; resolves once they poll. */
export async function startWorkers(): Promise<void> {
  await startJobWorkers(JOB_HANDLERS);
}

export const stopWorkers = () => stopBoss({ graceful: true });
