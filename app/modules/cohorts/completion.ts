export type CompletionRules = {
  requiredModules: { moduleKey: string; lessonCount: number }[];
  minEvenings: number;
  requireEvaluation: boolean;
};

export type CompletionInput = {
  rules: CompletionRules;
  progress: { doneLessonsByModule: Record<string, number> };
  attendedEvenings: number;
  evaluationSubmitted: boolean;
};

export type Completion = {
  complete: boolean;
  missing: { modules: string[]; evenings: number; evaluation: boolean };
};

/**
 * The one place where a cohort's completion rules are applied: every
 * required module has all its lessons done, at least `minEvenings` evenings
 * attended, and (when the cohort asks for it) the evaluation submitted.
 */
export function evaluateCompletion({ rules, progress, attendedEvenings, evaluationSubmitted }: CompletionInput): Completion {
  const modules = rules.requiredModules
    .filter((module) => (progress.doneLessonsByModule[module.moduleKey] ?? 0) < module.lessonCount)
    .map((module) => module.moduleKey);
  const evenings = Math.max(0, rules.minEvenings - attendedEvenings);
  const evaluation = rules.requireEvaluation && !evaluationSubmitted;
  return { complete: modules.length === 0 && evenings === 0 && !evaluation, missing: { modules, evenings, evaluation } };
}
