import { z } from "zod";
import { withoutControlCharacters } from "~/utils/text";

const Id = z.string().trim().min(1).max(80);

/** The forms on a lesson page, told apart by their intent. */
export const LessonForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("done") }),
  z.object({ intent: z.literal("opened") }),
  z.object({
    intent: z.literal("check"),
    checkId: Id,
    option: z.coerce
      .number({ message: "course.kennischeck.errors.choose" })
      .int()
      .min(0)
      .max(50)
      .optional(),
  }),
  z.object({
    intent: z.literal("reflection"),
    reflectionId: Id,
    text: z
      .string()
      .transform(withoutControlCharacters)
      .pipe(z.string().trim().max(5000, "course.reflectie.errors.long")),
  }),
]);

/** The forms on the course-run page of a cohort. */
export const RunForm = z.discriminatedUnion("intent", [
  z.object({
    intent: z.enum(["up", "down", "remove", "required", "optional", "newest-local"]),
    moduleKey: z.string().min(1).max(120),
  }),
  z.object({
    intent: z.literal("add"),
    moduleKey: z.string().min(1).max(120),
    required: z.literal("on").optional(),
  }),
  z.object({ intent: z.literal("newest-core") }),
  z.object({ intent: z.enum(["cross-sector-on", "cross-sector-off", "tandem-on", "tandem-off"]) }),
]);
