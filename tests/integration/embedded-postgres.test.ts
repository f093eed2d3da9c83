import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "~/utils/embedded-postgres.server";
import { freePort } from "../setup/free-port";

// A project inside a private folder, as a clone in /root or `mktemp -d` is.
const root = mkdtempSync(path.join(os.tmpdir(), "bdl-private-"));
const home = mkdtempSync(path.join(os.tmpdir(), "bdl-pg-home-"));
chmodSync(home, 0o755);
const wanted = path.join(root, "project", ".data", "postgres");
const port = await freePort();
const otherPort = await freePort();
const asRoot = process.getuid?.() === 0;

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

describe("embedded PostgreSQL in a folder only its owner can enter", () => {
  it("starts, keeps its data over a restart, and survives what a crashed start left behind", async () => {
    expect((await import("node:fs")).statSync(root).mode & 0o777).toBe(0o700);
    process.env.EMBEDDED_PG_HOME = home;
    try {
      const first = await startEmbeddedPostgres({ dataDir: wanted, port, database: "kept" });
      // As root the server runs as `postgres`, who cannot enter `root`: the data moved to the shared home.
      if (asRoot) expect(first.dataDir.startsWith(path.join(home, "clusters"))).toBe(true);
      else expect(first.dataDir).toBe(wanted);
      await query(first.url, "CREATE TABLE note (text text); INSERT INTO note VALUES ('nog hier')");
      expect(await query(first.url, "SHOW server_encoding")).toEqual([{ server_encoding: "UTF8" }]);
      await first.stop();

      // A crashed initdb elsewhere left a half-made side folder: it must not matter.
      mkdirSync(`${first.dataDir}.init`, { recursive: true });
      writeFileSync(path.join(`${first.dataDir}.init`, "postgresql.conf"), "");
      const second = await startEmbeddedPostgres({ dataDir: wanted, port, database: "kept" });
      expect(second.dataDir).toBe(first.dataDir);
      expect(await query(second.url, "SELECT text FROM note")).toEqual([{ text: "nog hier" }]);
      await second.stop();
    } finally {
      delete process.env.EMBEDDED_PG_HOME;
    }
  }, 120_000);

  it("replaces a half-made cluster (no PG_VERSION) instead of failing on it", async () => {
    process.env.EMBEDDED_PG_HOME = home;
    try {
      const other = path.join(root, "other", ".data", "postgres");
      const probe = await startEmbeddedPostgres({
        dataDir: other,
        port: otherPort,
        database: "x",
        throwaway: true,
      });
      const dataDir = probe.dataDir;
      await probe.stop();
      expect(existsSync(dataDir)).toBe(false);
      // What an interrupted initdb of an older version left: a config file, no PG_VERSION.
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(path.join(dataDir, "postgresql.conf"), "# half made\n");
      const db = await startEmbeddedPostgres({
        dataDir: other,
        port: otherPort,
        database: "x",
        throwaway: true,
      });
      expect(await query(db.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
      await db.stop();
    } finally {
      delete process.env.EMBEDDED_PG_HOME;
    }
  }, 120_000);
});
