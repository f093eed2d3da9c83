import { z } from "zod";
import { DOMAINS } from "~/modules/people/types";
import { email } from "~/modules/auth/schemas.server";

// Messages are catalogue keys (see app/i18n/nl/cohorts.ts).
export const plainText = (min: number, max: number, message: string) =>
  z
    .string({ required_error: message })
    .trim()
    .min(min, message)
    .max(max, message)
    // Control characters and bidirectional overrides make text lie about itself.
    .refine(
      (value) => !/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value),
      "cohorts.errors.textInvalid",
    );

const isoDate = (message: string) =>
  z
    .string({ required_error: message })
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((value) => !Number.isNaN(Date.parse(value)), message);
const clockTime = (message: string) =>
  z.string({ required_error: message }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, message);
const optionalInt = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? Number(value) : undefined))
    .refine(
      (value) => value === undefined || (Number.isInteger(value) && value >= min && value <= max),
      message,
    );

/** A cohort's own settings: asked when it is created and when it is changed. */
const cohortSettingsFields = {
  name: plainText(3, 120, "cohorts.errors.nameRequired").refine(
    (value) => !/[<>]/.test(value),
    "cohorts.errors.textInvalid",
  ),
  place: plainText(2, 80, "cohorts.errors.placeRequired"),
  startsOn: isoDate("cohorts.errors.dateRequired"),
  endsOn: isoDate("cohorts.errors.dateRequired"),
  capacity: optionalInt(2, 200, "cohorts.errors.capacityInvalid"),
  minEvenings: optionalInt(0, 30, "cohorts.errors.minEveningsInvalid").transform(
    (value) => value ?? 0,
  ),
  requireEvaluation: z
    .string()
    .optional()
    .transform((value) => value === "on"),
};

const endNotBeforeStart = (value: { startsOn: string; endsOn: string }) =>
  value.endsOn >= value.startsOn;
const endBeforeStart = { path: ["endsOn"], message: "cohorts.errors.endBeforeStart" };

export const NewCohortSchema = z
  .object({
    ...cohortSettingsFields,
    coFacilitators: z
      .string()
      .max(2000, "cohorts.errors.coFacilitatorInvalid")
      .optional()
      .transform((value) =>
        (value ?? "")
          .split(/[\s,;]+/)
          .map((part) => part.trim().toLowerCase())
          .filter(Boolean),
      )
      .refine(
        (list) => list.every((item) => email.safeParse(item).success),
        "cohorts.errors.coFacilitatorInvalid",
      ),
  })
  .refine(endNotBeforeStart, endBeforeStart);

export const CohortSettingsSchema = z
  .object(cohortSettingsFields)
  .refine(endNotBeforeStart, endBeforeStart);

export const EveningSchema = z
  .object({
    date: isoDate("cohorts.errors.dateRequired"),
    startTime: clockTime("cohorts.errors.timeRequired"),
    endTime: clockTime("cohorts.errors.timeRequired"),
    place: plainText(2, 120, "cohorts.errors.placeRequired"),
    topic: plainText(2, 160, "cohorts.errors.topicRequired"),
  })
  .refine((value) => value.endTime > value.startTime, {
    path: ["endTime"],
    message: "cohorts.errors.endBeforeStartTime",
  });

export const InviteLinkSchema = z.object({
  validDays: optionalInt(1, 60, "cohorts.errors.validDaysInvalid").transform(
    (value) => value ?? 14,
  ),
  maxUses: optionalInt(1, 500, "cohorts.errors.maxUsesInvalid"),
});

export const InviteEmailSchema = z.object({ email });

export const SectorFilter = z.enum(DOMAINS).optional().catch(undefined);

export const DashboardSort = z.enum(["naam", "sector", "voortgang"]).catch("naam");

export { type AttendanceStatus } from "./attendance-statuses";

export const RemoveMemberForm = z.object({
  intent: z.literal("remove"),
  userId: z.string().min(1).max(40),
});

export const RevokeInvitationForm = z.object({ invitationId: z.string().min(1).max(40) });

export const WelcomeForm = z.object({
  domain: z.enum(DOMAINS, { errorMap: () => ({ message: "errors.domainRequired" }) }).optional(),
  orgId: z.string().max(40).optional(),
});
