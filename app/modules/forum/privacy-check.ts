import { findPersonalData, type PrivacyKind } from "./privacy-guard";

/** One spot in one field of a form that looks like someone's personal data. */
export type FieldFinding = { field: string; kind: PrivacyKind; text: string };

/** Runs the privacy guard over the named fields of a submission. */
export function checkFields(fields: Record<string, string>, now?: Date): FieldFinding[] {
  return Object.entries(fields).flatMap(([field, value]) =>
    findPersonalData(value, { now }).map((finding) => ({
      field,
      kind: finding.kind,
      text: finding.text,
    })),
  );
}
