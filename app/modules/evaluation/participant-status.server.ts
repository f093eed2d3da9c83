import { db } from "~/utils/db.server";
import { draftAnswers } from "./read-answers";
import type { AnswerMap } from "./types";

export type ParticipantEvaluation = {
  cohortName: string;
  open: boolean;
  submitted: boolean;
  draft: AnswerMap;
};

/** What a participant sees of the evaluation of their cohort: open?, already sent?, their saved draft. */
export async function getParticipantEvaluation({
  userId,
  cohortId,
}: {
  userId: string;
  cohortId: string;
}): Promise<ParticipantEvaluation | null> {
  const cohort = await db.cohort.findFirst({
    where: { id: cohortId },
    select: {
      name: true,
      evaluationOpenedAt: true,
      receipts: { where: { userId }, select: { userId: true } },
      drafts: { where: { userId }, select: { answers: true } },
    },
  });
  if (!cohort) return null;
  return {
    cohortName: cohort.name,
    open: cohort.evaluationOpenedAt !== null,
    submitted: cohort.receipts.length > 0,
    draft: draftAnswers(cohort.drafts[0]?.answers),
  };
}
