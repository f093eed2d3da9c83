import { createHash } from "node:crypto";
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * PostgreSQL refuses to run as root. When the app or the tests run as root,
 * the server runs as the `postgres` user, who may not be able to reach the
 * project folder (a clone inside `mktemp -d` or `/root` is mode 0700). Then
 * the binaries are copied, once per version, and the data lives in a place
 * that user can reach. See docs/decisions/001-embedded-postgres.md.
 */

/** Where copies of the binaries and unreachable data folders go (the shared home); stable and documented. */
const sharedHome = () => process.env.EMBEDDED_PG_HOME ?? "/var/lib/buiten-de-lijnen";

export type RunAs = { uid: number; gid: number };

export const isRoot = () => process.getuid?.() === 0;

/** The `postgres` user, created (as embedded-postgres does) when it does not exist. */
export function postgresUser(): RunAs {
  const lookup = () => ({
    uid: Number(
      execFileSync("id", ["-u", "postgres"], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }),
    ),
    gid: Number(
      execFileSync("id", ["-g", "postgres"], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }),
    ),
  });
  try {
    return lookup();
  } catch {
    execFileSync("groupadd", ["--system", "postgres"], { stdio: "ignore" });
    execFileSync(
      "useradd",
      [
        "--system",
        "--gid",
        "postgres",
        "--no-create-home",
        "--shell",
        "/usr/sbin/nologin",
        "postgres",
      ],
      { stdio: "ignore" },
    );
    return lookup();
  }
}

function groupsOf(user: RunAs): number[] {
  try {
    return execFileSync("id", ["-G", "postgres"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    })
      .trim()
      .split(/\s+/)
      .map(Number);
  } catch {
    return [user.gid];
  }
}

/** Whether `user` may enter every folder on the way to (and including) `folder`. */
function canEnter(user: RunAs, folder: string): boolean {
  const groups = groupsOf(user);
  let current = path.resolve(folder);
  for (;;) {
    if (existsSync(current)) {
      const stat = statSync(current);
      const bit = stat.uid === user.uid ? 0o100 : groups.includes(stat.gid) ? 0o010 : 0o001;
      if ((stat.mode & bit) === 0) return false;
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * The folder holding bin/, lib/ and share/, reachable by `user`: the npm
 * package's own when it can be entered, otherwise a copy in the shared home keyed
 * by the package's version (made once, atomically).
 */
export function reachableBinaries(user: RunAs, nativeDir: string, version: string): string {
  if (canEnter(user, path.join(nativeDir, "bin"))) return nativeDir;
  const target = path.join(sharedHome(), `postgres-${version}`);
  if (existsSync(path.join(target, "bin", "postgres"))) return target;
  ensureOpenFolder(sharedHome());
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
  try {
    renameSync(partial, target);
  } catch (error) {
    // Another process made the same copy first; theirs is as good as ours.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(path.join(target, "bin", "postgres"))) throw error;
  }
  return target;
}

/**
 * The data folder to use for `wanted`: itself when `user` can reach its
 * parent, otherwise a folder in the shared home named after the wanted path, so
 * the same project always finds the same data again.
 */
export function reachableDataDir(user: RunAs, wanted: string): string {
  const parent = path.dirname(wanted);
  mkdirSync(parent, { recursive: true });
  if (canEnter(user, parent)) return wanted;
  const key = createHash("sha256").update(wanted).digest("hex").slice(0, 12);
  const clusters = path.join(sharedHome(), "clusters");
  ensureOpenFolder(sharedHome());
  ensureOpenFolder(clusters);
  const project = path.basename(path.dirname(path.dirname(wanted)));
  return path.join(clusters, `${project}-${path.basename(wanted)}-${key}`);
}

function ensureOpenFolder(folder: string) {
  mkdirSync(folder, { recursive: true });
  chmodSync(folder, 0o755);
}

/** Hands a folder (and what is in it) to `user`. */
export function giveTo(user: RunAs, folder: string) {
  chownSync(folder, user.uid, user.gid);
}

export function packageVersion(packageDir: string): string {
  return (
    JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string }
  ).version;
}
