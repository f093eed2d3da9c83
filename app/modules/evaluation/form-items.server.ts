import { db } from "~/utils/db.server";
import { coreItems, CURRENT_VERSION } from "./questionnaire";
import type { FormItem, ItemType } from "./types";

/** The id of a local question in answers and exports: L1, L2, … by position. */
export const localItemId = (position: number) => `L${position}`;

/** Core items of the version followed by the cohort's local questions. */
export async function getFormItems({ cohortId, version = CURRENT_VERSION }: { cohortId: string; version?: number }): Promise<FormItem[]> {
  const local = await db.localQuestion.findMany({ where: { cohortId }, orderBy: { position: "asc" } });
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
