import { createContext, useContext } from "react";

/** What the interactive lesson components need to know about the page they are on. */
export type LessonContextValue =
  | {
      mode: "learn";
      cohortId: string;
      moduleKey: string;
      /** Chosen option per Kennischeck id of this lesson. */
      answers: Record<string, number>;
      /** The learner's own text per Reflectie id of this lesson. */
      reflections: Record<string, string>;
      /** Per-person seed for the order of Kennischeck options (stable across visits). */
      shuffleSeed?: string;
      /** An archived cohort: answers are shown, not asked (no forms). */
      archived?: boolean;
    }
  | { mode: "preview" };

export const LessonContext = createContext<LessonContextValue>({ mode: "preview" });

export const useLesson = () => useContext(LessonContext);

/** The action's answer to a Reflectie or Kennischeck form that did not pass. */
export type LessonActionError = { target: string; error: string };
