import { z } from "zod";
import { ITEM_TYPES } from "./types";
import { cleanText } from "./read-answers";

/** A local question typed by a facilitator; options one per line (only for choice and multi). */
export const LocalQuestionInput = z
  .object({
    wording: z
      .string()
      .transform(cleanText)
      .pipe(
        z
          .string()
          .min(3, "evaluation.errors.wordingRequired")
          .max(300, "evaluation.errors.wordingRequired"),
      ),
    type: z.enum(ITEM_TYPES, { errorMap: () => ({ message: "evaluation.errors.typeRequired" }) }),
    options: z.string().max(3000, "evaluation.errors.optionsRequired").default(""),
  })
  .transform((input) => ({
    ...input,
    options:
      input.type === "choice" || input.type === "multi"
        ? [
            ...new Set(
              input.options
                .split("\n")
                .map((line) => cleanText(line).slice(0, 120))
                .filter(Boolean),
            ),
          ].slice(0, 20)
        : [],
  }))
  .superRefine((input, ctx) => {
    if ((input.type === "choice" || input.type === "multi") && input.options.length < 2) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: "evaluation.errors.optionsRequired",
      });
    }
  });

export const ReportFilterInput = z.object({
  van: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  tot: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  plaats: z.string().max(80).optional().catch(undefined),
  organisatie: z.string().max(40).optional().catch(undefined),
});

export const EvaluationWindowForm = z.object({ intent: z.enum(["open", "close"]) });
