import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { answersLocalQuestions, getFormItems } from "~/modules/evaluation/form-items.server";
import { addLocalQuestion } from "~/modules/evaluation/local-questions.server";
import { setEvaluationOpen } from "~/modules/evaluation/manage-evaluation.server";
import { getParticipantEvaluation } from "~/modules/evaluation/participant-status.server";
import { readAnswers } from "~/modules/evaluation/read-answers";
import { saveDraft } from "~/modules/evaluation/save-draft.server";
import { submitEvaluation } from "~/modules/evaluation/submit-evaluation.server";
import { factories } from "../factories";

const make = factories(db);

async function openCohort() {
  const facilitator = await make.user({ role: "FACILITATOR" });
  const participant = await make.user({ domain: "ZORG" });
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: [participant.id],
  });
  await setEvaluationOpen({ cohortId: cohort.id, open: true });
  return { cohort, participant };
}

function formOf(fields: [string, string][]) {
  const form = new FormData();
  for (const [key, value] of fields) form.append(key, value);
  return form;
}

describe("submitting the evaluation", () => {
  it("two concurrent submits of the same form make one response and one receipt", async () => {
    const { cohort, participant } = await openCohort();
    const items = await getFormItems({ cohortId: cohort.id });
    const { answers, errors } = readAnswers(
      formOf([
        ["A1", "zorg"],
        ["C1", "8"],
        ["C1-waarom", "Veel geleerd"],
        ["E3", "Top"],
      ]),
      items,
      true,
    );
    expect(errors).toEqual({});
    const input = { userId: participant.id, cohortId: cohort.id, answers };
    const results = await Promise.all([submitEvaluation(input), submitEvaluation(input)]);
    expect(results.sort()).toEqual(["already-submitted", "submitted"]);
    expect(await db.evaluationResponse.count({ where: { cohortId: cohort.id } })).toBe(1);
    expect(await db.evaluationReceipt.count({ where: { cohortId: cohort.id } })).toBe(1);
    // A later retry changes nothing either.
    expect(await submitEvaluation(input)).toBe("already-submitted");
    expect(await db.evaluationResponse.count({ where: { cohortId: cohort.id } })).toBe(1);
  });

  it("stores the answers with the version and only the Monday of the week, and deletes the draft", async () => {
    const { cohort, participant } = await openCohort();
    const items = await getFormItems({ cohortId: cohort.id });
    const draft = readAnswers(formOf([["C2", "6"]]), items, false);
    expect(
      await saveDraft({ userId: participant.id, cohortId: cohort.id, answers: draft.answers }),
    ).toBe("saved");
    expect(
      (await getParticipantEvaluation({ userId: participant.id, cohortId: cohort.id }))?.draft.C2,
    ).toMatchObject({ number: 6 });

    const final = readAnswers(
      formOf([
        ["A1", "welzijn"],
        ["A2", "maatje"],
        ["A2", "anders"],
        ["B1", "ja"],
        ["C2", "7"],
        ["D1", "De avond over het reilen en zeilen van een club"],
      ]),
      items,
      true,
    );
    expect(
      await submitEvaluation({
        userId: participant.id,
        cohortId: cohort.id,
        answers: final.answers,
      }),
    ).toBe("submitted");
    const response = await db.evaluationResponse.findFirstOrThrow({
      where: { cohortId: cohort.id },
      include: { answers: true },
    });
    expect(response.questionnaireVersion).toBe(1);
    expect(response.sector).toBe("welzijn");
    expect(response.submittedWeek.getUTCDay()).toBe(1);
    expect(response.submittedWeek.getUTCHours()).toBe(0);
    expect(response.answers.find((answer) => answer.itemId === "A2")?.choices).toEqual([
      "maatje",
      "anders",
    ]);
    expect(response.answers.find((answer) => answer.itemId === "C2")?.number).toBe(7);
    expect(await db.evaluationDraft.count({ where: { cohortId: cohort.id } })).toBe(0);
    const status = await getParticipantEvaluation({ userId: participant.id, cohortId: cohort.id });
    expect(status?.submitted).toBe(true);
    expect(await saveDraft({ userId: participant.id, cohortId: cohort.id, answers: {} })).toBe(
      "already-submitted",
    );
  });

  it("refuses while the evaluation is closed, and requires the sector", async () => {
    const { cohort, participant } = await openCohort();
    await setEvaluationOpen({ cohortId: cohort.id, open: false });
    const items = await getFormItems({ cohortId: cohort.id });
    expect(readAnswers(formOf([["C1", "5"]]), items, true).errors.A1).toBe(
      "evaluation.errors.sectorRequired",
    );
    expect(
      readAnswers(
        formOf([
          ["A1", "sport"],
          ["C1", "11"],
        ]),
        items,
        true,
      ).errors.C1,
    ).toBe("evaluation.errors.scaleRange");
    expect(readAnswers(formOf([["A1", "hacker"]]), items, true).errors.A1).toBe(
      "evaluation.errors.invalidChoice",
    );
    expect(readAnswers(formOf([["E3", "x".repeat(2001)]]), items, false).errors.E3).toBe(
      "evaluation.errors.textTooLong",
    );
    const { answers } = readAnswers(formOf([["A1", "sport"]]), items, true);
    expect(await submitEvaluation({ userId: participant.id, cohortId: cohort.id, answers })).toBe(
      "not-open",
    );
    expect(await db.evaluationReceipt.count({ where: { cohortId: cohort.id } })).toBe(0);
  });

  it("loads the local questions only for a form with one of their fields, also a lone “waarom” text", () => {
    expect(
      answersLocalQuestions(
        formOf([
          ["A1", "sport"],
          ["C1", "8"],
        ]),
      ),
    ).toBe(false);
    expect(
      answersLocalQuestions(
        formOf([
          ["A1", "sport"],
          ["L2-waarom", "De zaal was koud."],
        ]),
      ),
    ).toBe(true);
    expect(answersLocalQuestions(formOf([["L1", ""]]))).toBe(true);
    expect(
      answersLocalQuestions(
        formOf([
          ["Lx", "1"],
          ["L", "1"],
        ]),
      ),
    ).toBe(false);
  });

  it("appends local questions after the core items and stores their answers", async () => {
    const { cohort, participant } = await openCohort();
    await addLocalQuestion({
      cohortId: cohort.id,
      type: "choice",
      wording: "Welke avond vond je het best?",
      options: ["Eerste", "Laatste"],
    });
    await addLocalQuestion({
      cohortId: cohort.id,
      type: "scale10",
      wording: "Hoe was de zaal?",
      options: [],
    });
    const items = await getFormItems({ cohortId: cohort.id });
    expect(items.slice(-2).map((item) => [item.id, item.type, item.label])).toEqual([
      ["L1", "choice", "Welke avond vond je het best?"],
      ["L2", "scale10", "Hoe was de zaal?"],
    ]);
    expect(items.findIndex((item) => item.id === "L1")).toBe(21);
    const { answers } = readAnswers(
      formOf([
        ["A1", "sport"],
        ["L1", "Laatste"],
        ["L2", "9"],
      ]),
      items,
      true,
    );
    expect(await submitEvaluation({ userId: participant.id, cohortId: cohort.id, answers })).toBe(
      "submitted",
    );
    const stored = await db.evaluationAnswer.findMany({
      where: { response: { cohortId: cohort.id }, itemId: { startsWith: "L" } },
      orderBy: { itemId: "asc" },
    });
    expect(stored.map((answer) => [answer.itemId, answer.choices, answer.number])).toEqual([
      ["L1", ["Laatste"], null],
      ["L2", [], 9],
    ]);
  });
});
