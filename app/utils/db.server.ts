import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client";
import { countQueries, queryLog } from "./query-count.server";

type GlobalWithPrisma = typeof globalThis & { __prisma?: PrismaClient };
const globalRef = globalThis as GlobalWithPrisma;

// Errors that mean "the database cannot be reached right now", not "your request was wrong".
// SQLSTATE 57P01-57P03 and class 08 are PostgreSQL's shutdown and connection failures.
const UNAVAILABLE =
  /P2028|ConnectionClosed|Server has closed the connection|Unable to start a transaction|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|timeout exceeded when trying to connect|DatabaseNotReachable|database system is|terminating connection|Can't reach database server|\bP1001\b|\bP1017\b|\b57P0[123]\b|\b08(000|001|003|004|006)\b/i;

/** True when an error means the database is unreachable (answered with 503, not 500). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  type Cause = { code?: string; originalCode?: string; message?: string; kind?: string };
  const cause = (error as { cause?: Cause }).cause;
  // Raw queries (P2010) carry the adapter's error in meta.
  const adapter = (error as { meta?: { driverAdapterError?: { cause?: Cause } } }).meta
    ?.driverAdapterError?.cause;
  const text = [
    (error as { code?: string }).code,
    (error as Error).message,
    cause?.code,
    cause?.originalCode,
    cause?.message,
    cause?.kind,
    adapter?.kind,
    adapter?.message,
  ].join(" ");
  return UNAVAILABLE.test(text);
}

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString)
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
  const adapter = new PrismaPg({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: 3_000,
  });
  const client = new PrismaClient({ adapter, ...(queryLog ? { log: [...queryLog] } : {}) });
  // Only for the benchmark's and the tests' "database round trips per page".
  countQueries(client);
  // Typed as the plain client: the extension changes behaviour, not the API.
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          // A thrown Response becomes the friendly "even niet beschikbaar" page (503).
          if (isDatabaseUnavailable(error))
            throw new Response("Service Unavailable", {
              status: 503,
              statusText: "Service Unavailable",
            });
          throw error;
        }
      },
    },
  }) as unknown as PrismaClient;
}

// Interactive transactions bypass query extensions, so their errors are mapped here.
function withUnavailableTransactions(client: PrismaClient): PrismaClient {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property !== "$transaction" || typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        try {
          return await value.apply(target, args);
        } catch (error) {
          if (isDatabaseUnavailable(error))
            throw new Response("Service Unavailable", {
              status: 503,
              statusText: "Service Unavailable",
            });
          throw error;
        }
      };
    },
  });
}

/** The one Prisma client of this process (kept across dev reloads). */
export const db: PrismaClient = (globalRef.__prisma ??=
  withUnavailableTransactions(createClient()));
