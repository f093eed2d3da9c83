import { z } from "zod";
import { isShowableName, withoutControlCharacters } from "~/utils/text";
import { ASPECTS, NOTE_KINDS } from "./aspects";

/** Free text: control characters (a NUL byte cannot be stored) are dropped, line breaks stay. */
const text = (max: number, required: string, tooLong: string) =>
  z
    .string()
    .transform(withoutControlCharacters)
    .pipe(z.string().trim().min(1, required).max(max, tooLong));
const optionalText = (max: number) =>
  z
    .string()
    .transform(withoutControlCharacters)
    .pipe(z.string().trim().max(max, "coalitions.errors.tooLong"))
    .default("");
/** A name or title shown in badges, PDFs and mails: refused when it holds control characters, bidirectional overrides or < >. */
const nameText = (max: number, required: string) =>
  z
    .string()
    .trim()
    .min(1, required)
    .max(max, "coalitions.errors.tooLong")
    .refine(isShowableName, "coalitions.errors.textInvalid");
const optionalName = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "coalitions.errors.tooLong")
    .refine((value) => !value || isShowableName(value), "coalitions.errors.textInvalid")
    .default("");
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "coalitions.errors.date")
  .refine((value) => !Number.isNaN(Date.parse(value)), "coalitions.errors.date");
const id = z.string().regex(/^[a-z0-9-]{10,40}$/i, "errors.invalid");

export const CoalitionForm = z.object({
  name: nameText(120, "coalitions.errors.nameRequired"),
  ambition: text(2000, "coalitions.errors.ambitionRequired", "coalitions.errors.tooLong"),
});
export const NewCoalitionForm = CoalitionForm.extend({ orgId: id });
export const PartnerForm = z.object({ orgId: id });
export const CohortLinkForm = z.object({ cohortId: id });
/** "person" is "<orgId>:<userId>": the person and the partner they join for, chosen in one list. */
export const MemberForm = z.object({
  person: z
    .string()
    .regex(/^[a-z0-9-]{10,40}:[a-z0-9-]{10,40}$/i, "coalitions.errors.notAllowed")
    .transform((value) => {
      const [orgId, userId] = value.split(":");
      return { orgId, userId };
    }),
  roleTitle: optionalName(80),
  coordinator: z.literal("on").optional(),
});
export const LeaveForm = z.object({ userId: id });

export const BoardForm = z
  .object({ periodStart: day, periodEnd: day })
  .refine((value) => value.periodEnd >= value.periodStart, {
    path: ["periodEnd"],
    message: "coalitions.errors.periodOrder",
  });
export const EventForm = z.object({
  date: day,
  title: nameText(200, "coalitions.errors.titleRequired"),
});
export const NoteForm = z
  .object({
    target: z.string().min(1, "coalitions.errors.targetRequired"),
    date: z.union([z.literal(""), day]).optional(),
    kind: z.enum(NOTE_KINDS, { errorMap: () => ({ message: "coalitions.errors.kindRequired" }) }),
    aspect: z.union([z.enum(ASPECTS), z.literal("")]).default(""),
    text: text(1000, "coalitions.errors.textRequired", "coalitions.errors.tooLong"),
    showName: z.literal("on").optional(),
  })
  .refine((value) => value.target !== "datum" || Boolean(value.date), {
    path: ["date"],
    message: "coalitions.errors.date",
  });
export const ConclusionsForm = z.object({ conclusions: optionalText(5000) });

const score = z.coerce
  .number({ invalid_type_error: "coalitions.errors.score" })
  .int("coalitions.errors.score")
  .min(1, "coalitions.errors.score")
  .max(10, "coalitions.errors.score");
export const ScanForm = z.object(
  Object.fromEntries(
    ASPECTS.flatMap((aspect) => [
      [`score-${aspect}`, score],
      [`why-${aspect}`, optionalText(1000)],
    ]),
  ) as Record<string, typeof score>,
);

export const AgreementForm = z.object({
  text: text(1000, "coalitions.errors.textRequired", "coalitions.errors.tooLong"),
  ownerOrgId: id,
  personName: optionalName(120),
  dueOn: day,
});
export const AgreementStatusForm = z.object({
  agreementId: id,
  status: z.enum(["OPEN", "DONE", "DROPPED"]),
});
export const HandoverForm = z.object({
  text: text(4000, "coalitions.errors.textRequired", "coalitions.errors.tooLong"),
});
