import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { queryCount } from "./query-count.server";
import { errors } from "../i18n/nl/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses every state-changing request whose Origin header is missing or
 * not this site (CSRF defence on top of SameSite=Lax cookies).
 */
export function originGuard(appUrl: string | undefined) {
  const configured = appUrl ? new URL(appUrl).origin : null;
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    // RFC 8058 one-click unsubscribe is POSTed by mail providers, without an Origin; a signed token guards it.
    if (req.path.startsWith("/afmelden/")) return next();
    const origin = req.get("origin");
    const expected = configured ?? `${req.protocol}://${req.get("host")}`;
    if (origin && origin === expected) return next();
    res
      .status(403)
      .type("text/plain; charset=utf-8")
      .send("Geweigerd: dit verzoek komt niet van Buiten de Lijnen zelf.");
  };
}

/** Refuses bodies larger than `maxBytes` before they are read. */
export function bodySizeGuard(maxBytes: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    const length = Number(req.get("content-length") ?? 0);
    if (length > maxBytes) {
      res.status(413).type("text/plain; charset=utf-8").send(errors.tooLarge);
      return;
    }
    next();
  };
}

export function securityHeaders(_req: Request, res: Response, next: NextFunction) {
  // A fresh nonce per response: only the inline scripts the app itself renders carry it.
  const nonce = randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  res.set({
    "Content-Security-Policy": contentSecurityPolicy(nonce),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  });
  // A 304 (a lesson page the browser already has, issue 20) must not carry a new nonce: the browser would
  // update the stored policy and block the scripts of the page it keeps, which carry the old one.
  const writeHead = res.writeHead.bind(res);
  res.writeHead = ((...args: Parameters<typeof res.writeHead>) => {
    if ((typeof args[0] === "number" ? args[0] : res.statusCode) === 304)
      res.removeHeader("Content-Security-Policy");
    return writeHead(...args);
  }) as typeof res.writeHead;
  next();
}

/** Under `npm run dev` only: the dev server's websocket that reloads the page after a rebuild. */
function liveReloadSocket(): string {
  const origin = process.env.REMIX_DEV_ORIGIN;
  if (!origin) return "";
  const url = new URL(origin);
  return ` ws://${url.hostname}:${url.port || 8002}`;
}

/**
 * Scripts only from this site or with this response's nonce: injected markup
 * cannot run a script, and no script can turn text into code (no
 * 'unsafe-eval'). A lesson's compiled MDX is a same-origin ES module at a
 * content-hashed address (/lescode/…), imported by the page, not built with
 * `new Function` (decision 023). Style sheets only from this site, with style
 * attributes allowed for the bar widths; nothing may frame the app.
 */
function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${liveReloadSocket()}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Benchmark only (BENCH_QUERY_HEADER=1): reports how many database queries a
 * request made, in `X-Db-Queries`. Exact only for one request at a time.
 */
export function queryCountHeader(_req: Request, res: Response, next: NextFunction) {
  const before = queryCount();
  const writeHead = res.writeHead.bind(res);
  res.writeHead = ((...args: Parameters<typeof res.writeHead>) => {
    res.setHeader("X-Db-Queries", String(queryCount() - before));
    return writeHead(...args);
  }) as typeof res.writeHead;
  next();
}
