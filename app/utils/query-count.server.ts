import type { PrismaClient } from "~/generated/prisma/client";

/**
 * Counting database round trips is a measuring instrument for the benchmark
 * (BENCH_QUERY_HEADER=1) and the tests (Vitest), not part of serving a page:
 * in production Prisma emits no query events at all.
 */
const countingQueries =
  process.env.BENCH_QUERY_HEADER === "1" ||
  Boolean(process.env.VITEST) ||
  process.env.DEBUG_SQL === "1";

// On globalThis: the server (serve-app, which reads it) and the Remix build (whose Prisma client counts) each load their own copy of this file.
const counter = globalThis as typeof globalThis & {
  __queryCount?: number;
  __queryLog?: { query: string; params: string }[];
};

/** Prisma's log option that makes it emit query events, only while counting. */
export const queryLog = countingQueries
  ? ([{ emit: "event", level: "query" }] as const)
  : undefined;

/** Counts every query of a client created with `queryLog`. */
export function countQueries(client: PrismaClient) {
  if (!countingQueries) return;
  (
    client as unknown as {
      $on(event: "query", listener: (event: { query: string; params: string }) => void): void;
    }
  ).$on("query", (event) => {
    // A transaction's BEGIN goes to the database as its own round trip, but the
    // driver adapter sends it without a query event; its COMMIT or ROLLBACK is
    // logged, so it counts for both.
    const ends = /^\s*(COMMIT|ROLLBACK)\b/i.test(event.query);
    counter.__queryCount = (counter.__queryCount ?? 0) + (ends ? 2 : 1);
    // Collected by the query-plan test (tests/integration/query-plans.test.ts), which EXPLAINs every query a page issues.
    counter.__queryLog?.push({ query: event.query, params: event.params });
    if (process.env.DEBUG_SQL === "1") console.log(`[sql] ${event.query.slice(0, 160)}`);
  });
}

/** Queries this process has sent so far (0 when not counting). */
export const queryCount = () => counter.__queryCount ?? 0;
