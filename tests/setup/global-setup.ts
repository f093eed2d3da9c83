import { mkdirSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startTestCluster } from "./test-database";

/** Starts one embedded PostgreSQL for the whole Vitest run. */
export default async function setup(project: TestProject) {
  mkdirSync(".data", { recursive: true });
  const port = 55_000 + (process.pid % 1000);
  const cluster = await startTestCluster(port);
  project.provide("templateDatabaseUrl", cluster.url);
  return async () => cluster.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
  }
}
