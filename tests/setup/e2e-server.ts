import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "../../app/utils/embedded-postgres.server";
import { E2E_APP_PORT, E2E_PG_PORT } from "../e2e/env";

// A throwaway database and the built app on it, for Playwright's webServer.
const dir = path.resolve(".data", `e2e-${E2E_PG_PORT}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const db = await startEmbeddedPostgres({
  dataDir: path.join(dir, "pg"),
  port: E2E_PG_PORT,
  database: "bdl_e2e",
  throwaway: true,
});

const app = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "test",
    PORT: String(E2E_APP_PORT),
    DATABASE_URL: db.url,
    SEED_DEMO: "0",
  },
});

const stop = async () => {
  app.kill("SIGTERM");
  await db.stop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
app.once("exit", (code) => {
  if (code) process.exitCode = code;
  void stop();
});
