import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./prisma/migration-adapter";

// Prisma 6 in "js" engine mode runs its schema engine as WebAssembly through
// the pg driver adapter, so no native engine has to be downloaded
// (docs/decisions/002-prisma-6.md).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => createMigrationAdapter(process.env.DATABASE_URL ?? ""),
});
