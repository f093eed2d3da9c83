import { db } from "~/utils/db.server";
import { localItemId } from "./form-items.server";
import type { ItemType } from "./types";

export function listLocalQuestions({ cohortId }: { cohortId: string }) {
  return db.localQuestion.findMany({ where: { cohortId }, orderBy: { position: "asc" } });
}

/** Appends a local question after the existing ones; positions are never reused, so stored answers keep their question. */
export async function addLocalQuestion({
  cohortId,
  type,
  wording,
  options,
}: {
  cohortId: string;
  type: ItemType;
  wording: string;
  options: string[];
}) {
  return db.$transaction(async (tx) => {
    const last = await tx.localQuestion.findFirst({
      where: { cohortId },
      orderBy: { position: "desc" },
      select: { position: true },
    });
    return tx.localQuestion.create({
      data: { cohortId, type, wording, options, position: (last?.position ?? 0) + 1 },
    });
  });
}

/** Removes a local question, but only while nobody has answered it. */
export async function removeLocalQuestion({
  cohortId,
  questionId,
}: {
  cohortId: string;
  questionId: string;
}): Promise<"removed" | "has-responses" | "not-found"> {
  const question = await db.localQuestion.findFirst({ where: { id: questionId, cohortId } });
  if (!question) return "not-found";
  const answered = await db.evaluationAnswer.count({
    where: { itemId: localItemId(question.position), response: { cohortId } },
  });
  if (answered) return "has-responses";
  await db.localQuestion.deleteMany({ where: { id: questionId, cohortId } });
  return "removed";
}
