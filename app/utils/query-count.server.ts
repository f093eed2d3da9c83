import type { PrismaClient } from "~/generated/prisma/client";

/**
 * Counting database round trips is a measuring instrument for the benchmark
 * (BENCH_QUERY_HEADER=1) and the tests (Vitest), not part of serving a page:
 * in production Prisma emits no query events at all.
 */
export const countingQueries = process.env.BENCH_QUERY_HEADER === "1" || Boolean(process.env.VITEST) || process.env.DEBUG_SQL === "1";

let count = 0;

/** Prisma's log option that makes it emit query events, only while counting. */
export const queryLog = countingQueries ? ([{ emit: "event", level: "query" }] as const) : undefined;

/** Counts every query of a client created with `queryLog`. */
export function countQueries(client: PrismaClient) {
  if (!countingQueries) return;
  (client as unknown as { $on(event: "query", listener: (event: { query: string }) => void): void }).$on("query", (event) => {
    count += 1;
    if (process.env.DEBUG_SQL === "1") console.log(`[sql] ${event.query.slice(0, 160)}`);
  });
}

/** Queries this process has sent so far (0 when not counting). */
export const queryCount = () => count;
