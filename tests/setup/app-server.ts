import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { freePort } from "./free-port";

export type RunningApp = {
  url: string;
  origin: string;
  stop: () => Promise<void>;
  /** SIGKILL: the process dies at once, mid-job if it was in one. */ kill: () => Promise<void>;
  output: () => string;
  pid?: number;
};

/**
 * Starts the built app (build/ must exist: `npm test` builds first) as its own
 * process on a free port against `databaseUrl`, for tests with raw HTTP requests.
 */
export async function startAppServer(
  databaseUrl: string,
  env: Record<string, string> = {},
  options: { echoErrors?: boolean; startTimeoutMs?: number } = {},
): Promise<RunningApp> {
  if (!existsSync("build/index.js"))
    throw new Error("build/index.js is missing: run `npm run build` first");
  // A port the kernel just handed out can still be taken by another process before the
  // app binds it (tests run in parallel); the app then exits with EADDRINUSE and we try anew.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(await freePort(), databaseUrl, env, options);
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt >= 5) throw error;
    }
  }
}

class PortTaken extends Error {}

async function startOnce(
  port: number,
  databaseUrl: string,
  env: Record<string, string>,
  options: { echoErrors?: boolean; startTimeoutMs?: number },
): Promise<RunningApp> {
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "test",
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      APP_URL: url,
      SEED_DEMO: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => {
    output += chunk;
    if (options.echoErrors) process.stderr.write(`[app] ${chunk}`);
  });
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    if (output.includes("EADDRINUSE")) {
      await stopChild(child, "SIGKILL");
      throw new PortTaken(`port ${port} was taken`);
    }
    if (child.exitCode !== null) throw new Error(`app exited early:\n${output}`);
    const ok = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) {
      return {
        url,
        origin: url,
        pid: child.pid,
        stop: () => stopChild(child, "SIGTERM"),
        kill: () => stopChild(child, "SIGKILL"),
        output: () => output,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`app did not become healthy:\n${output}`);
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

/** A form POST as a browser on this site would send it (with its Origin). */
export function postForm(
  app: RunningApp,
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  return fetch(`${app.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: app.origin,
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
  });
}

/** The session cookie pair ("name=value") from a response's Set-Cookie header. */
export function sessionCookieFrom(response: Response): string | null {
  const header = response.headers.getSetCookie().find((cookie) => cookie.includes("_session="));
  return header ? header.split(";")[0] : null;
}
