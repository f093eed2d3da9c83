import { db } from "~/utils/db.server";
import { coreItems, CURRENT_VERSION } from "./questionnaire";
import type { FormItem, ItemType } from "./types";

/** The id of a local question in answers and exports: L1, L2, … by position. */
export const localItemId = (position: number) => `L${position}`;

/**
 * Core items of the version followed by the cohort's local questions.
 * `withLocal: false` skips the query for the local questions: they are never
 * required, so a submitted form that answers none of them needs only the core.
 */
export async function getFormItems({
  cohortId,
  version = CURRENT_VERSION,
  withLocal = true,
}: {
  cohortId: string;
  version?: number;
  withLocal?: boolean;
}): Promise<FormItem[]> {
  const local = withLocal
    ? await db.localQuestion.findMany({ where: { cohortId }, orderBy: { position: "asc" } })
    : [];
  return [
    ...coreItems(version),
    ...local.map((question) => ({
      id: localItemId(question.position),
      type: question.type as ItemType,
      required: false,
      options: question.type === "yesno" ? ["ja", "nee", "weet-niet"] : question.options,
      section: "L",
      labelKey: null,
      label: question.wording,
    })),
  ];
}

/** Whether a submitted evaluation form has any field of a local question (L1, L2-waarom, …). */
export function answersLocalQuestions(form: FormData): boolean {
  for (const key of form.keys()) if (/^L\d+(?:$|-)/.test(key)) return true;
  return false;
}
