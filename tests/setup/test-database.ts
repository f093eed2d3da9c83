import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { installQueue } from "../../app/modules/jobs/queue.server";
import {
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from "../../app/utils/embedded-postgres.server";
import { applyMigrations } from "../../app/utils/migrate.server";

export const TEMPLATE_DB = "bdl_template";

/**
 * A throwaway PostgreSQL cluster for tests, with a migrated template database
 * from which every test file clones its own database.
 */
export async function startTestCluster(port: number): Promise<EmbeddedDatabase & { dir: string }> {
  const dir = mkdtempSync(path.join(process.cwd(), ".data", "test-"));
  const db = await startEmbeddedPostgres({
    dataDir: path.join(dir, "pg"),
    port,
    database: TEMPLATE_DB,
    throwaway: true,
  });
  await applyMigrations(db.url);
  // pg-boss's tables too, so that every cloned database has the job queue installed.
  await installQueue(db.url);
  return {
    ...db,
    dir,
    stop: async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates a fresh database cloned from the migrated template; returns its URL. */
export async function cloneTemplate(templateUrl: string, name: string): Promise<string> {
  const url = new URL(templateUrl);
  url.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`);
  await admin.end();
  url.pathname = `/${name}`;
  return url.toString();
}
