import { z } from "zod";
import { email } from "~/modules/auth/schemas.server";
import { plainText } from "./schemas.server";

export const AddCoFacilitatorSchema = z.object({ email });

const id = (message: string) =>
  z
    .string({ required_error: message })
    .trim()
    .regex(/^[a-z0-9-]{10,40}$/i, message);

export const PersonIdSchema = z.object({ userId: id("season.errors.personRequired") });

export const MoveParticipantSchema = z.object({
  userId: id("season.errors.personRequired"),
  targetCohortId: id("season.errors.targetRequired"),
});

export const CancelEveningSchema = z.object({
  reason: plainText(3, 300, "season.errors.reasonRequired"),
});

/** An apology: the reason is optional and seen only by the cohort's staff. */
export const ApologySchema = z.object({
  reason: z
    .string()
    .trim()
    .max(300, "season.errors.reasonTooLong")
    .optional()
    .transform((value) => value || undefined)
    .refine(
      (value) =>
        value === undefined ||
        !/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value),
      "cohorts.errors.textInvalid",
    ),
});
