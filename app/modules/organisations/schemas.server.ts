import { z } from "zod";
import { ORG_TYPES } from "~/modules/people/types";
import { isShowableName } from "~/utils/text";

export const NewOrganisationForm = z.object({
  name: z
    .string()
    .trim()
    .min(2, "admin.orgNameRequired")
    .max(120, "admin.orgNameRequired")
    .refine(isShowableName, "admin.orgNameInvalid"),
  type: z.enum(ORG_TYPES),
  town: z.string().trim().min(2, "admin.orgTownRequired").max(80, "admin.orgTownRequired"),
});

export const PlatformRoleForm = z.object({
  userId: z.string().min(1).max(40),
  role: z.enum(["PARTICIPANT", "FACILITATOR", "ADMIN"]),
});

export const MembershipDecisionForm = z.object({
  intent: z.enum(["accept", "reject"]),
  userId: z.string().min(1).max(40),
});

export const EditOrganisationForm = NewOrganisationForm.extend({
  region: z
    .string()
    .trim()
    .max(80, "season.errors.regionTooLong")
    .optional()
    .transform((value) => value || undefined),
});

export const OrgPersonForm = z.object({
  userId: z
    .string({ required_error: "season.errors.personUnknown" })
    .trim()
    .regex(/^[a-z0-9-]{10,40}$/i, "season.errors.personUnknown"),
});
