type CompletionRules = {
  requiredModules: { moduleKey: string; lessonCount: number }[];
  minEvenings: number;
  requireEvaluation: boolean;
};

export type CompletionInput = {
  rules: CompletionRules;
  progress: { doneLessonsByModule: Record<string, number> };
  attendedEvenings: number;
  evaluationSubmitted: boolean;
  /** A mixed cohort that asks for a case answered by the other world (decision 017); absent means not asked. */
  crossSectorCase?: { required: boolean; answered: boolean };
  /** A mixed cohort that asks for the tandem report with both halves (decision 025); absent means not asked. */
  tandem?: { required: boolean; done: boolean };
};

export type Completion = {
  complete: boolean;
  /** `crossSectorCase` and `tandem` are only present (true) while that case is still missing. */
  missing: {
    modules: string[];
    evenings: number;
    evaluation: boolean;
    crossSectorCase?: true;
    tandem?: true;
  };
};

/**
 * The one place where a cohort's completion rules are applied: every
 * required module has all its lessons done, at least `minEvenings` evenings
 * attended, and (when the cohort asks for it) the evaluation submitted.
 */
export function evaluateCompletion({
  rules,
  progress,
  attendedEvenings,
  evaluationSubmitted,
  crossSectorCase,
  tandem,
}: CompletionInput): Completion {
  const modules = rules.requiredModules
    .filter((module) => (progress.doneLessonsByModule[module.moduleKey] ?? 0) < module.lessonCount)
    .map((module) => module.moduleKey);
  const evenings = Math.max(0, rules.minEvenings - attendedEvenings);
  const evaluation = rules.requireEvaluation && !evaluationSubmitted;
  const caseMissing = crossSectorCase?.required === true && !crossSectorCase.answered;
  const tandemMissing = tandem?.required === true && !tandem.done;
  return {
    complete:
      modules.length === 0 && evenings === 0 && !evaluation && !caseMissing && !tandemMissing,
    missing: {
      modules,
      evenings,
      evaluation,
      ...(caseMissing ? { crossSectorCase: true as const } : {}),
      ...(tandemMissing ? { tandem: true as const } : {}),
    },
  };
}
