import http from "node:http";
import type { Run, Target } from "./measure";

const GRACE_MS = 5_000;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * An open-loop load at a steady rate: request i is due at start + i/rate,
 * whatever happened to the ones before, and its latency counts from when it
 * was due (so a server that falls behind is not flattered by a load
 * generator that waits for it). Keep-alive connections, no pipelining.
 * autocannon's own rate option sends each connection's quota for the second
 * at the top of that second, a burst; see docs/decisions/009.
 *
 * A server that cannot keep up builds a queue that can take minutes to drain
 * (the admin report at 2/s queued for eight minutes on a loaded machine): the
 * run ends `GRACE_MS` after the last request was due, and each request still
 * open then counts as late as it is at that moment (and as an error), so the
 * p95 says "over budget" without waiting for the queue.
 */
export function runPaced(
  baseUrl: string,
  target: Target,
  options: { seconds: number; rate: number },
): Promise<Run> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const total = Math.round(options.seconds * options.rate);
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  let errors = 0;
  let finished = 0;
  let settled = false;
  const open = new Set<number>();
  const start = performance.now() + 20;
  return new Promise((resolve) => {
    const finish = () => {
      settled = true;
      clearTimeout(deadline);
      agent.destroy();
      latencies.sort((a, b) => a - b);
      resolve({
        rps: finished / options.seconds,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        errors,
      });
    };
    const deadline = setTimeout(
      () => {
        const now = performance.now();
        for (const dueAt of open) {
          latencies.push(now - dueAt);
          errors++;
        }
        finish();
      },
      options.seconds * 1000 + GRACE_MS + 20,
    );
    const send = (dueAt: number) => {
      open.add(dueAt);
      const varied = target.next?.() ?? {};
      const url = new URL(varied.path ?? target.path, baseUrl);
      const body = varied.body ?? target.body?.();
      const request = http.request(
        url,
        {
          method: target.method ?? "GET",
          agent,
          headers: {
            ...target.headers,
            ...varied.headers,
            ...(body ? { "Content-Length": Buffer.byteLength(body) } : {}),
          },
        },
        (response) => {
          response.resume();
          response.on("end", () => done(dueAt, response.statusCode ?? 0));
        },
      );
      request.on("error", () => done(dueAt, 0));
      request.end(body);
    };
    const done = (dueAt: number, status: number) => {
      if (settled || !open.delete(dueAt)) return;
      latencies.push(performance.now() - dueAt);
      if (status === 0 || status >= 400) errors++;
      if (++finished === total) finish();
    };
    let next = 0;
    const tick = () => {
      const now = performance.now();
      while (next < total && start + next * interval <= now) send(start + next++ * interval);
      if (next < total) setTimeout(tick, Math.max(0, start + next * interval - performance.now()));
    };
    setTimeout(tick, 20);
  });
}
