import { inject } from "vitest";
import { cloneTemplate } from "./test-database";

// Every test file gets its own database, cloned from the migrated template,
// before any application module (and so the Prisma client) is imported.
const name = `bdl_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
process.env.DATABASE_URL = await cloneTemplate(inject("templateDatabaseUrl"), name);
process.env.APP_URL ??= "http://localhost:3000";
