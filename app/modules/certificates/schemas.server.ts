import { z } from "zod";

const reason = z
  .string({ required_error: "certificates.errors.reasonRequired" })
  .trim()
  .min(3, "certificates.errors.reasonRequired")
  .max(500, "certificates.errors.reasonTooLong");

export const IssueByHandSchema = z.object({
  intent: z.literal("issue"),
  userId: z.string().min(1).max(40),
  reason,
});
export const RevokeSchema = z.object({
  intent: z.literal("revoke"),
  certificateId: z.string().min(1).max(40),
  reason,
});
