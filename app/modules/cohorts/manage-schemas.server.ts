import { z } from "zod";
import { email } from "~/modules/auth/schemas.server";

// Messages are catalogue keys (app/i18n/nl/season.ts and cohorts.ts).
const plainText = (min: number, max: number, message: string) =>
  z
    .string({ required_error: message })
    .trim()
    .min(min, message)
    .max(max, message)
    .refine((value) => !/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value), "cohorts.errors.textInvalid");

const isoDate = (message: string) => z.string({ required_error: message }).regex(/^\d{4}-\d{2}-\d{2}$/, message).refine((value) => !Number.isNaN(Date.parse(value)), message);
const optionalInt = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? Number(value) : undefined))
    .refine((value) => value === undefined || (Number.isInteger(value) && value >= min && value <= max), message);

export const CohortSettingsSchema = z
  .object({
    name: plainText(3, 120, "cohorts.errors.nameRequired").refine((value) => !/[<>]/.test(value), "cohorts.errors.textInvalid"),
    place: plainText(2, 80, "cohorts.errors.placeRequired"),
    startsOn: isoDate("cohorts.errors.dateRequired"),
    endsOn: isoDate("cohorts.errors.dateRequired"),
    capacity: optionalInt(2, 200, "cohorts.errors.capacityInvalid"),
    minEvenings: optionalInt(0, 30, "cohorts.errors.minEveningsInvalid").transform((value) => value ?? 0),
    requireEvaluation: z.string().optional().transform((value) => value === "on"),
  })
  .refine((value) => value.endsOn >= value.startsOn, { path: ["endsOn"], message: "cohorts.errors.endBeforeStart" });

export const AddCoFacilitatorSchema = z.object({ email });

const id = (message: string) => z.string({ required_error: message }).trim().regex(/^[a-z0-9-]{10,40}$/i, message);

export const PersonIdSchema = z.object({ userId: id("season.errors.personRequired") });

export const MoveParticipantSchema = z.object({ userId: id("season.errors.personRequired"), targetCohortId: id("season.errors.targetRequired") });

export const CancelEveningSchema = z.object({ reason: plainText(3, 300, "season.errors.reasonRequired") });

/** An apology: the reason is optional and seen only by the cohort's staff. */
export const ApologySchema = z.object({
  reason: z.string().trim().max(300, "season.errors.reasonTooLong").optional().transform((value) => value || undefined)
    .refine((value) => value === undefined || !/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value), "cohorts.errors.textInvalid"),
});
