import { mkdirSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { freePort } from "./free-port";
import { startTestCluster } from "./test-database";

/** Starts one embedded PostgreSQL for the whole Vitest run. */
export default async function setup(project: TestProject) {
  mkdirSync(".data", { recursive: true });
  const cluster = await startTestCluster(await freePort());
  project.provide("templateDatabaseUrl", cluster.url);
  return async () => cluster.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
  }
}
