/**
 * Starts Buiten de Lijnen: the database (embedded PostgreSQL unless
 * DATABASE_URL is set), migrations, demo data on an empty database in
 * development, then the Remix app behind a small Express server.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { readEnv } from "./app/utils/env.server";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./app/utils/embedded-postgres.server";
import { applyMigrations } from "./app/utils/migrate.server";
import { originGuard, bodySizeGuard, securityHeaders, queryCountHeader } from "./app/utils/http-guards.server";

async function main() {
  let env;
  try {
    env = readEnv();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }

  let embedded: EmbeddedDatabase | undefined;
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({
      dataDir: process.env.EMBEDDED_PG_DIR ?? ".data/postgres",
      port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
      database: "buitendelijnen",
    });
    process.env.DATABASE_URL = embedded.url;
    console.log(`Embedded PostgreSQL on ${embedded.url.replace(/:[^:@/]+@/, ":***@")}`);
  }
  const applied = await applyMigrations(process.env.DATABASE_URL!);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);

  if (env.NODE_ENV !== "production" && process.env.SEED_DEMO !== "0") {
    const { seedDemoIfEmpty } = await import("./prisma/seed");
    const logins = await seedDemoIfEmpty();
    if (logins) printLogins(logins);
  }

  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", env.TRUST_PROXY === "1");
  app.use(securityHeaders);
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  app.use(express.static("public", { maxAge: "1h" }));
  app.use(originGuard(env.APP_URL));
  app.use(bodySizeGuard(2 * 1024 * 1024));
  if (process.env.BENCH_QUERY_HEADER === "1") app.use(queryCountHeader);
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: env.NODE_ENV,
      getLoadContext: (req) => ({ clientIp: req.ip ?? req.socket.remoteAddress ?? "unknown" }),
    }),
  );

  const server = app.listen(env.PORT, () => console.log(`Buiten de Lijnen: http://localhost:${env.PORT}`));
  const shutdown = async () => {
    server.close();
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

function printLogins(logins: { role: string; email: string; password: string }[]) {
  console.log("\nDemo logins (development only):");
  for (const login of logins) console.log(`  ${login.role.padEnd(26)} ${login.email.padEnd(42)} ${login.password}`);
  console.log("");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
