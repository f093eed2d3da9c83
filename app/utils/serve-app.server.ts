import { watch } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  broadcastDevReady,
  createRequestHandler as createRemixHandler,
  type AppLoadContext,
  type ServerBuild,
} from "@remix-run/node";
import compression from "compression";
import express from "express";
import expressStaticGzip from "express-static-gzip";
import type { Env } from "./env.server";
import {
  bodySizeGuard,
  originGuard,
  queryCountHeader,
  securityHeaders,
} from "./http-guards.server";
import { remixRequest, sendResponse } from "./remix-express.server";

const BUILD = path.resolve("build/index.js");
const importBuild = async (version = "") =>
  (await import(`${pathToFileURL(BUILD).href}${version}`)) as ServerBuild;

/** The Express server around the built Remix app, listening on env.PORT. */
export async function serveApp(env: Env): Promise<Server> {
  let build = await importBuild();
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", env.TRUST_PROXY === "1");
  app.use(securityHeaders);
  // gzip for pages; a reverse proxy in front may do this too. The build's
  // scripts and styles are sent as the Brotli or gzip copies that
  // `npm run build` wrote once (scripts/compress-assets.ts, decision 037).
  app.use(compression());
  app.use(
    "/build",
    expressStaticGzip("public/build", {
      enableBrotli: true,
      orderPreference: ["br", "gz"],
      index: false,
      serveStatic: { immutable: true, maxAge: "1y" },
    }),
  );
  app.use(express.static("public", { maxAge: "1h" }));
  app.use(originGuard(env.APP_URL));
  app.use(bodySizeGuard(2 * 1024 * 1024));
  if (process.env.BENCH_QUERY_HEADER === "1") app.use(queryCountHeader);
  const getLoadContext = (req: express.Request, res: express.Response) => ({
    clientIp: req.ip ?? req.socket.remoteAddress ?? "unknown",
    cspNonce: res.locals.cspNonce as string | undefined,
  });
  // Under `remix dev --manual` (npm run dev): pick up each rebuild without restarting the server or the database.
  const developing = Boolean(process.env.REMIX_DEV_ORIGIN);
  if (developing) {
    watch(path.dirname(BUILD), async (_event, file) => {
      if (file !== "version.txt") return;
      build = await importBuild(`?v=${Date.now()}`);
      await broadcastDevReady(build);
    });
  }
  const handle = developing ? null : createRemixHandler(build, env.NODE_ENV);
  app.all("*", async (req, res, next) => {
    try {
      const response = await (handle ?? createRemixHandler(build, "development"))(
        remixRequest(req, res),
        getLoadContext(req, res) as AppLoadContext,
      );
      await sendResponse(res, response);
    } catch (error) {
      next(error);
    }
  });
  const server = app.listen(env.PORT);
  if (developing) server.once("listening", () => void broadcastDevReady(build));
  return server;
}
