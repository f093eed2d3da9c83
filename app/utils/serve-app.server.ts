import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import type { Env } from "./env.server";
import { bodySizeGuard, originGuard, queryCountHeader, securityHeaders } from "./http-guards.server";

/** The Express server around the built Remix app, listening on env.PORT. */
export async function serveApp(env: Env): Promise<Server> {
  const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", env.TRUST_PROXY === "1");
  app.use(securityHeaders);
  // gzip for pages and assets; a reverse proxy in front may do this too.
  app.use(compression());
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  app.use(express.static("public", { maxAge: "1h" }));
  app.use(originGuard(env.APP_URL));
  app.use(bodySizeGuard(2 * 1024 * 1024));
  if (process.env.BENCH_QUERY_HEADER === "1") app.use(queryCountHeader);
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: env.NODE_ENV,
      getLoadContext: (req, res) => ({ clientIp: req.ip ?? req.socket.remoteAddress ?? "unknown", cspNonce: res.locals.cspNonce as string | undefined }),
    }),
  );
  return app.listen(env.PORT);
}
