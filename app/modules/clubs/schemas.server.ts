import { z } from "zod";
import { VOLUNTEER_TYPES } from "./types";

export const MemberTarget = z.object({ userId: z.string().min(1).max(40) });

/** Volunteer types come from checkboxes (several values with one name), so they are read with getAll. */
export const VolunteerTypesSchema = z
  .array(z.enum(VOLUNTEER_TYPES))
  .min(1, "clubs.errors.typesRequired")
  .max(4);

/** "2026-03-15" (date input) or "15-03-2026" (typed by hand): a date not in the future and not before 1990. */
export function parseVogDate(
  raw: string,
  today: Date,
): { ok: true; date: Date } | { ok: false; error: string } {
  const value = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]].map(Number)
    : dutch
      ? [dutch[3], dutch[2], dutch[1]].map(Number)
      : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return { ok: false, error: "clubs.errors.vogDateInvalid" };
  if (date.getTime() > today.getTime()) return { ok: false, error: "clubs.errors.vogDateFuture" };
  if (year < 1990) return { ok: false, error: "clubs.errors.vogDateTooOld" };
  return { ok: true, date };
}

export const RequestMembershipSchema = z.object({
  orgId: z
    .string({ required_error: "clubs.errors.orgRequired" })
    .min(1, "clubs.errors.orgRequired")
    .max(40),
});

/** A volunteer recorded without an account (issue 15). */
export const RecordVolunteerForm = z.object({
  name: z
    .string({ required_error: "season.register.errors.nameRequired" })
    .trim()
    .min(2, "season.register.errors.nameRequired")
    .max(120, "season.register.errors.nameRequired"),
  volunteerRole: z
    .string()
    .trim()
    .max(60, "season.register.errors.roleTooLong")
    .optional()
    .transform((value) => value || undefined),
  vogSeenOn: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .refine(
      (value) =>
        value === undefined ||
        (/^\d{4}-\d{2}-\d{2}$/.test(value) &&
          !Number.isNaN(Date.parse(value)) &&
          value <= new Date().toISOString().slice(0, 10)),
      "season.register.errors.vogDate",
    ),
});

export const LinkVolunteerForm = z.object({
  recordId: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{10,40}$/i, "season.register.errors.recordUnknown"),
  userId: z
    .string({ required_error: "season.register.errors.memberRequired" })
    .trim()
    .regex(/^[a-z0-9-]{10,40}$/i, "season.register.errors.memberRequired"),
});
