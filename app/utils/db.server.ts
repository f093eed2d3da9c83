import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client";

type GlobalWithPrisma = typeof globalThis & { __prisma?: PrismaClient; __queryCount?: number };
const globalRef = globalThis as GlobalWithPrisma;

function createClient() {
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
  return client;
}

/** The one Prisma client of this process (kept across dev reloads). */
export const db: PrismaClient = (globalRef.__prisma ??= createClient());

export const queryCount = () => globalRef.__queryCount ?? 0;
