import { describe, expect, it } from "vitest";
import { evaluateCompletion, type CompletionInput } from "./completion";

const base: CompletionInput = {
  rules: {
    requiredModules: [
      { moduleKey: "kern/sport-als-middel", lessonCount: 3 },
      { moduleKey: "kern/de-kwetsbare-sporter", lessonCount: 4 },
    ],
    minEvenings: 2,
    requireEvaluation: true,
  },
  progress: { doneLessonsByModule: { "kern/sport-als-middel": 3, "kern/de-kwetsbare-sporter": 4 } },
  attendedEvenings: 2,
  evaluationSubmitted: true,
};

describe("evaluateCompletion", () => {
  it("is complete when every rule is met", () => {
    expect(evaluateCompletion(base)).toEqual({
      complete: true,
      missing: { modules: [], evenings: 0, evaluation: false },
    });
  });

  it("lists a required module with a lesson still open, and one never started", () => {
    const result = evaluateCompletion({
      ...base,
      progress: { doneLessonsByModule: { "kern/sport-als-middel": 2 } },
    });
    expect(result.complete).toBe(false);
    expect(result.missing.modules).toEqual(["kern/sport-als-middel", "kern/de-kwetsbare-sporter"]);
  });

  it("ignores progress in modules that are not required", () => {
    const result = evaluateCompletion({
      ...base,
      rules: { ...base.rules, requiredModules: [] },
      progress: { doneLessonsByModule: {} },
    });
    expect(result.complete).toBe(true);
  });

  it("counts the evenings still to attend", () => {
    expect(evaluateCompletion({ ...base, attendedEvenings: 1 }).missing.evenings).toBe(1);
    expect(evaluateCompletion({ ...base, attendedEvenings: 0 }).complete).toBe(false);
    expect(evaluateCompletion({ ...base, attendedEvenings: 5 }).missing.evenings).toBe(0);
  });

  it("needs no evenings when the minimum is zero", () => {
    expect(
      evaluateCompletion({ ...base, rules: { ...base.rules, minEvenings: 0 }, attendedEvenings: 0 })
        .complete,
    ).toBe(true);
  });

  it("asks for the evaluation only when the cohort requires it", () => {
    expect(evaluateCompletion({ ...base, evaluationSubmitted: false })).toEqual({
      complete: false,
      missing: { modules: [], evenings: 0, evaluation: true },
    });
    expect(
      evaluateCompletion({
        ...base,
        evaluationSubmitted: false,
        rules: { ...base.rules, requireEvaluation: false },
      }).complete,
    ).toBe(true);
  });

  it("reports every missing part at once", () => {
    const result = evaluateCompletion({
      ...base,
      progress: { doneLessonsByModule: { "kern/sport-als-middel": 3 } },
      attendedEvenings: 1,
      evaluationSubmitted: false,
    });
    expect(result).toEqual({
      complete: false,
      missing: { modules: ["kern/de-kwetsbare-sporter"], evenings: 1, evaluation: true },
    });
  });

  it("treats a module without lessons as done", () => {
    const result = evaluateCompletion({
      ...base,
      rules: { ...base.rules, requiredModules: [{ moduleKey: "lm/leeg", lessonCount: 0 }] },
    });
    expect(result.complete).toBe(true);
  });
});
