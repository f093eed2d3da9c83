/**
 * `npx tsx tests/bench/export-memory.ts`: the memory of the app while it
 * streams the admin's raw evaluation export (issue 20), for 1,000 and 60,000
 * responses. One process (WEB_CONCURRENCY=1), a fresh app per size; prints the
 * process's resident memory before the download and its peak (VmHWM) after.
 * EXPORT_PG_PORT (default 55610) moves the throwaway database.
 *
 * Exits 1 when the peak at the largest size exceeds the peak at the smallest
 * by more than EXPORT_BUDGET_MIB (default 20, decision 033): the export reads
 * 100 rows a page and 100 release batches a FETCH (a server-side cursor) and
 * waits for the socket, so what grows with the rows is only what V8 and malloc
 * keep between collections; 30-100 MiB (the file built up in front of the
 * socket, every batch's decision or count row held at once) is what it catches.
 */
import { generateKeyPairSync } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../app/generated/prisma/client";
import { startEmbeddedPostgres } from "../../app/utils/embedded-postgres.server";
import { applyMigrations } from "../../app/utils/migrate.server";
import { postForm, sessionCookieFrom, startAppServer } from "../setup/app-server";
import { factories } from "../factories";
import { RELEASE_IN_BATCHES_OF_5 } from "./release-batches";

const SIZES = (process.env.EXPORT_SIZES ?? "1000,60000").split(",").map(Number);
const port = Number(process.env.EXPORT_PG_PORT ?? 55_610);
const dir = path.resolve(".data", `export-memory-${port}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const pg = await startEmbeddedPostgres({
  dataDir: path.join(dir, "pg"),
  port,
  database: "bdl_export",
  throwaway: true,
});
const kib = (pid: number, field: string) =>
  Number(
    new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN,
  );
const mib = (value: number) => `${(value / 1024).toFixed(0)} MiB`;
const BUDGET_MIB = Number(process.env.EXPORT_BUDGET_MIB ?? 20);
const lines: string[] = [];
const peaks: number[] = [];
try {
  await applyMigrations(pg.url);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: pg.url }) });
  const make = factories(db);
  await make.user({ email: "beheer@export.nl", role: "ADMIN", password: "export-wachtwoord" });
  const facilitator = await make.user({ role: "FACILITATOR" });
  const cohort = await make.cohort({ facilitatorId: facilitator.id });
  const env = {
    NODE_ENV: "production",
    WEB_CONCURRENCY: "1",
    SMTP_URL: "smtp://127.0.0.1:2525",
    CREDENTIAL_SIGNING_KEY: JSON.stringify(
      generateKeyPairSync("ed25519").privateKey.export({ format: "jwk" }),
    ),
  };
  let have = 0;
  for (const size of SIZES) {
    await db.$executeRawUnsafe(`
      INSERT INTO "EvaluationResponse" ("id", "cohortId", "questionnaireVersion", "sector", "submittedWeek")
      SELECT 'export-response-' || i, '${cohort.id}', 1, (ARRAY['sport','zorg','welzijn','anders'])[1 + i % 4], date '2026-11-23'
        FROM generate_series(${have + 1}, ${size}) i`);
    await db.$executeRawUnsafe(`
      INSERT INTO "EvaluationAnswer" ("responseId", "itemId", "number", "text", "choices")
      SELECT 'export-response-' || i, item, 1 + (i + length(item)) % 10, CASE WHEN i % 5 = 0 THEN 'Omdat het over samenwerken ging, reactie ' || i END, '{}'
        FROM generate_series(${have + 1}, ${size}) i, unnest(ARRAY['C1','C2','C3','C4','C5','C6','C7','C8','C9','D3','E1']) item`);
    await db.$executeRawUnsafe(RELEASE_IN_BATCHES_OF_5);
    have = size;
    const app = await startAppServer(pg.url, env, { echoErrors: Boolean(process.env.MEMLOG) });
    try {
      const login = await postForm(app, "/inloggen", {
        email: "beheer@export.nl",
        password: "export-wachtwoord",
      });
      const cookie = sessionCookieFrom(login);
      if (!cookie) throw new Error(`login failed: ${login.status}`);
      // WEB_CONCURRENCY=1: the app serves from its own process (no cluster worker).
      const worker = app.pid ?? NaN;
      // Warm up: the first request loads and compiles the route modules.
      await (
        await fetch(`${app.url}/beheer/evaluatie/export?soort=antwoorden&plaats=Nergens`, {
          headers: { Cookie: cookie },
        })
      ).arrayBuffer();
      const before = kib(worker, "VmRSS");
      // The peak so far (start, login, warm-up); then the peak is reset to the current RSS
      // (Linux: clear_refs 5), so the download's own peak shows apart from the login's.
      const startPeak = kib(worker, "VmHWM");
      let reset = true;
      try {
        writeFileSync(`/proc/${worker}/clear_refs`, "5");
      } catch {
        reset = false;
      }
      const started = Date.now();
      const response = await fetch(`${app.url}/beheer/evaluatie/export?soort=antwoorden`, {
        headers: { Cookie: cookie },
      });
      let bytes = 0;
      let rows = 0;
      // The worker's RSS every 10,000 rows read: flat while rows stream, or growing with them.
      const along: string[] = [];
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        bytes += chunk.byteLength;
        for (const byte of chunk)
          if (byte === 10 && ++rows % 10_000 === 0)
            along.push(`${rows / 1000}k ${mib(kib(worker, "VmRSS"))}`);
      }
      const line = `${size.toLocaleString("en")} responses: ${rows - 1} rows, ${(bytes / 2 ** 20).toFixed(1)} MiB of CSV in ${((Date.now() - started) / 1000).toFixed(1)} s; worker RSS before ${mib(before)}, peak ${mib(Math.max(startPeak, kib(worker, "VmHWM")))}${reset ? `, peak during the download ${mib(kib(worker, "VmHWM"))}` : ""}${along.length ? ` (RSS at ${along.join(", ")})` : ""}`;
      console.log(line);
      lines.push(line);
      peaks.push(Math.max(startPeak, kib(worker, "VmHWM")));
    } finally {
      await app.stop();
    }
  }
  await db.$disconnect();
} finally {
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
const growth = (peaks[peaks.length - 1] - peaks[0]) / 1024;
console.log(
  `peak RSS grew by ${growth.toFixed(0)} MiB from ${SIZES[0].toLocaleString("en")} to ${SIZES[SIZES.length - 1].toLocaleString("en")} responses (budget ${BUDGET_MIB} MiB)`,
);
if (!(growth <= BUDGET_MIB)) {
  console.error("The streamed export's memory is not flat: it grows with the rows.");
  process.exitCode = 1;
}
