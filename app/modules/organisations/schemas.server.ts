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

export const PlatformRoleForm = z.object({ userId: z.string().min(1).max(40), role: z.enum(["PARTICIPANT", "FACILITATOR", "ADMIN"]) });

export const MembershipDecisionForm = z.object({ intent: z.enum(["accept", "reject"]), userId: z.string().min(1).max(40) });
