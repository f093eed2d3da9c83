import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client";

type GlobalWithPrisma = typeof globalThis & { __prisma?: PrismaClient; __queryCount?: number };
const globalRef = globalThis as GlobalWithPrisma;

// Errors that mean "the database cannot be reached right now", not "your request was wrong".
const UNAVAILABLE = /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|timeout exceeded when trying to connect|DatabaseNotReachable|database system is (starting up|shutting down|in recovery mode)|terminating connection|Can't reach database server|P1001|P1017/i;

/** True when an error means the database is unreachable (answered with 503, not 500). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const text = `${(error as { code?: string }).code ?? ""} ${(error as Error).message ?? ""} ${String((error as { cause?: unknown }).cause ?? "")}`;
  return UNAVAILABLE.test(text);
}

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
  const adapter = new PrismaPg({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: 3_000,
  });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  // Counted for the benchmark's "database round trips per page".
  client.$on("query", () => {
    globalRef.__queryCount = (globalRef.__queryCount ?? 0) + 1;
  });
  // Typed as the plain client: the extension changes behaviour, not the API.
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          // A thrown Response becomes the friendly "even niet beschikbaar" page (503).
          if (isDatabaseUnavailable(error)) throw new Response("Service Unavailable", { status: 503, statusText: "Service Unavailable" });
          throw error;
        }
      },
    },
  }) as unknown as PrismaClient;
}

/** The one Prisma client of this process (kept across dev reloads). */
export const db: PrismaClient = (globalRef.__prisma ??= createClient());

export const queryCount = () => globalRef.__queryCount ?? 0;
