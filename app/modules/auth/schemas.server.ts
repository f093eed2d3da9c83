import { z } from "zod";
import { DOMAINS, VOLUNTEER_ROLES } from "~/modules/people/types";
import { isShowableName } from "~/utils/text";

// Messages are catalogue keys; the form shows them in the reader's language.
export const email = z
  .string({ required_error: "errors.emailRequired" })
  .trim()
  .min(1, "errors.emailRequired")
  .max(254, "errors.emailInvalid")
  .email("errors.emailInvalid")
  .transform((value) => value.toLowerCase());

const password = z
  .string({ required_error: "errors.passwordTooShort" })
  .min(8, "errors.passwordTooShort")
  .max(256, "errors.passwordTooLong");

const personName = z
  .string({ required_error: "errors.nameRequired" })
  .trim()
  .min(2, "errors.nameRequired")
  .max(100, "errors.nameTooLong")
  .refine(isShowableName, "errors.nameInvalid");

export const LoginSchema = z.object({
  email,
  password: z
    .string({ required_error: "errors.passwordRequired" })
    .min(1, "errors.passwordRequired")
    .max(256, "errors.passwordTooLong"),
  redirectTo: z.string().optional(),
});

export const ProfileSchema = z.object({
  name: personName,
  domain: z.enum(DOMAINS, { errorMap: () => ({ message: "errors.domainRequired" }) }),
  volunteerRole: z.enum(VOLUNTEER_ROLES, { errorMap: () => ({ message: "errors.roleRequired" }) }),
  orgId: z.string().max(40).optional(),
});

export const SignupSchema = ProfileSchema.extend({ email, password });

export const ResetRequestSchema = z.object({ email });

export const NewPasswordSchema = z
  .object({ password, confirm: z.string().max(256) })
  .refine((value) => value.password === value.confirm, {
    path: ["confirm"],
    message: "errors.passwordMismatch",
  });

export const ChangePasswordSchema = z
  .object({
    current: z.string().min(1, "errors.passwordRequired").max(256),
    password,
    confirm: z.string().max(256),
  })
  .refine((value) => value.password === value.confirm, {
    path: ["confirm"],
    message: "errors.passwordMismatch",
  });
