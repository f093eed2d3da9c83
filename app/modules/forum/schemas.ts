import { z } from "zod";
import { isTheme, type Theme } from "./themes";
import { withoutControlCharacters } from "~/utils/text";

const text = (min: number, max: number, key: string) =>
  z
    .string()
    .transform(withoutControlCharacters)
    .pipe(
      z
        .string()
        .trim()
        .min(min, `forum.errors.${key}Required`)
        .max(max, `forum.errors.${key}TooLong`),
    );

export const CaseFieldsSchema = z.object({
  title: text(3, 120, "title"),
  situation: text(10, 6000, "situation"),
  whatIDid: text(3, 4000, "whatIDid"),
  question: text(5, 2000, "question"),
});

export const ReplySchema = z.object({ body: text(2, 6000, "body") });

export const ReasonSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(3, "forum.errors.reasonRequired")
    .max(500, "forum.errors.reasonTooLong"),
});

export const TargetSchema = z.object({
  replyId: z
    .string()
    .regex(/^[a-z0-9]{10,40}$/i)
    .optional(),
});

export const ModuleKeySchema = z.string().regex(/^[a-z0-9][a-z0-9/_-]{0,79}$/);

/** The checked themes of a submitted case form (unknown values are dropped). */
export function readThemes(form: FormData): Theme[] {
  return [...new Set(form.getAll("themes").filter(isTheme))];
}

export const isChecked = (form: FormData, name: string) => form.get(name) === "on";
