import { z } from "zod";
import type { CoreManifest } from "./course-files.server";

const ManifestLesson = z.object({
  slug: z.string(),
  title: z.string(),
  order: z.number(),
  minutes: z.number(),
  hash: z.string(),
});
const ManifestModuleSchema = z
  .object({
    key: z.string(),
    kind: z.enum(["kern", "lokaal"]),
    slug: z.string(),
    title: z.string(),
    order: z.number(),
    minutes: z.number(),
    goals: z.array(z.string()).default([]),
    region: z.string().optional(),
    organisation: z.string().optional(),
    audience: z.literal("coordinators").optional(),
    intro: z.string().optional(),
    lessons: z.array(ManifestLesson),
  })
  .passthrough();
/** A CoreVersion's manifest column. */
export const CoreManifestSchema: z.ZodType<CoreManifest, z.ZodTypeDef, unknown> = z.object({
  title: z.string().default(""),
  label: z.string().default(""),
  core: z.array(ManifestModuleSchema).default([]),
  local: z.array(ManifestModuleSchema).default([]),
});
/** A LocalModuleVersion's lessons column. */
export const StoredLessonsSchema = z.array(
  z.object({ slug: z.string(), title: z.string(), minutes: z.number(), body: z.string() }),
);
