import { readFileSync } from "node:fs";
import { get as httpGet, type IncomingMessage } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type RunningApp } from "../setup/app-server";

// The build's scripts are sent as the copies compressed once at build time
// (scripts/compress-assets.ts), and what arrives is the built file itself.

let app: RunningApp;
beforeAll(async () => {
  app = await startAppServer(process.env.DATABASE_URL!);
}, 60_000);
afterAll(async () => app?.stop());

function fetchRaw(path: string, acceptEncoding: string) {
  return new Promise<{ response: IncomingMessage; body: Buffer }>((resolve, reject) => {
    httpGet(`${app.url}${path}`, { headers: { "Accept-Encoding": acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ response, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    }).on("error", reject);
  });
}

describe("built assets", () => {
  it("sends the page's scripts as Brotli, gzip or plain as the browser accepts, the same file each time, cached for good", async () => {
    const html = await (await fetch(`${app.url}/inloggen`)).text();
    const scripts = [...html.matchAll(/<link rel="modulepreload" href="(\/build\/[^"]+\.js)"/g)];
    expect(scripts.length, "the page's scripts").toBeGreaterThan(3);
    for (const [, path] of scripts) {
      const onDisk = readFileSync(`public${path}`);
      const brotli = await fetchRaw(path, "gzip, deflate, br");
      expect(brotli.response.headers["content-encoding"], path).toBe("br");
      expect(brotli.response.headers["vary"], path).toMatch(/Accept-Encoding/i);
      expect(brotli.response.headers["cache-control"], path).toContain("immutable");
      expect(brotliDecompressSync(brotli.body).equals(onDisk), path).toBe(true);
      // The copy written by the build, not one compressed again for this request.
      expect(brotli.body.equals(readFileSync(`public${path}.br`)), path).toBe(true);
      const gzip = await fetchRaw(path, "gzip");
      expect(gzip.response.headers["content-encoding"], path).toBe("gzip");
      expect(gunzipSync(gzip.body).equals(onDisk), path).toBe(true);
      expect(gzip.body.equals(readFileSync(`public${path}.gz`)), path).toBe(true);
      const plain = await fetchRaw(path, "identity");
      expect(plain.response.headers["content-encoding"], path).toBeUndefined();
      expect(plain.body.equals(onDisk), path).toBe(true);
    }
  });
});
