import { createReadableStreamFromReadable } from "@remix-run/node";
import type express from "express";

/**
 * The request side of @remix-run/express (v2.17), which does not export it:
 * the URL as the client asked it (port from X-Forwarded-Host or Host, host
 * name per "trust proxy"), the headers, the body as a stream, and an abort
 * signal for loaders when the client goes away before the response is done.
 */
export function remixRequest(req: express.Request, res: express.Response): Request {
  const portOf = (header: string | undefined) => Number.parseInt(header?.split(":")[1] ?? "", 10);
  const forwarded = portOf(req.get("X-Forwarded-Host"));
  const host = portOf(req.get("host"));
  const port = Number.isSafeInteger(forwarded) ? forwarded : Number.isSafeInteger(host) ? host : "";
  const url = new URL(
    `${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`,
  );
  let controller: AbortController | null = new AbortController();
  const headers = new Headers();
  for (const [key, values] of Object.entries(req.headers)) {
    if (Array.isArray(values)) for (const value of values) headers.append(key, value);
    else if (values) headers.set(key, values);
  }
  const init: RequestInit & { duplex?: "half" } = {
    method: req.method,
    headers,
    signal: controller.signal,
  };
  if (req.method !== "GET" && req.method !== "HEAD") {
    init.body = createReadableStreamFromReadable(req);
    init.duplex = "half";
  }
  res.on("finish", () => (controller = null));
  res.on("close", () => controller?.abort());
  return new Request(url.href, init);
}

/**
 * Writes a Remix response to the socket as @remix-run/express does (status,
 * headers, body chunk by chunk, flushed through gzip), but waits for "drain"
 * when the socket (or gzip in front of it) has its buffer full, and stops
 * reading when the client went away. The adapter's own writer does not wait,
 * so a streamed CSV export was read from the database as fast as the database
 * could give it and piled up in memory in front of a slower reader (issue 20,
 * decision 033): with this, a pull-based stream (`csvStreamResponse`) reads
 * its next page only when the previous one has left.
 */
export async function sendResponse(res: express.Response, response: Response): Promise<void> {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  if (/text\/event-stream/i.test(response.headers.get("Content-Type") ?? "")) res.flushHeaders();
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  let gone = false;
  const closed = new Promise<void>((resolve) =>
    res.once("close", () => {
      gone = true;
      resolve();
    }),
  );
  const flushable = res as express.Response & { flush?: () => void };
  try {
    while (!gone && !res.destroyed) {
      const { done, value } = await reader.read();
      if (done) {
        res.end();
        return;
      }
      const more = res.write(value);
      flushable.flush?.();
      if (!more) {
        let drained = () => {};
        await Promise.race([
          new Promise<void>((resolve) => res.once("drain", (drained = resolve))),
          closed,
        ]);
        // The client may have gone instead: no listener outlives the wait.
        res.off("drain", drained);
      }
    }
    // The client went away mid-file: stop reading (the stream's cancel ends its query loop).
    await reader.cancel();
  } catch (error) {
    res.destroy(error as Error);
    throw error;
  }
}
