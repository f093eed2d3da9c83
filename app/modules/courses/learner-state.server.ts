import { db } from "~/utils/db.server";
import type { RunRow } from "./course-run";

export type LearnerState = {
  /** The cohort's pinned core version and course run rows (the same for every member). */
  coreVersionId: string | null;
  rows: RunRow[];
  /** "moduleKey/lessonSlug" of every lesson this learner finished in the cohort. */
  done: string[];
  /** Chosen option per stored check id, for one module. */
  answers: Record<string, number>;
  /** Own reflection text per stored reflection id, for one module. */
  reflections: Record<string, string>;
};

type Row = {
  kind: "v" | "m" | "p" | "c" | "r";
  key: string;
  option: number | null;
  text: string | null;
  pin: string | null;
  fresh: string[] | null;
};

/**
 * The cohort's run rows plus one learner's own progress in the cohort and
 * their answers and reflections in one module, in a single round trip (a
 * lesson page is the hottest page).
 * Always scoped by the session user's id.
 */
export async function getLearnerState({
  userId,
  cohortId,
  moduleKey,
}: {
  userId: string;
  cohortId: string;
  moduleKey: string;
}): Promise<LearnerState> {
  // A database function (migration 20261210020000, decision 038): its plan is prepared once per
  // connection; the same five-branch statement sent as text was planned on every page view.
  const rows = await db.$queryRaw<Row[]>`
    SELECT * FROM learner_state(${cohortId}, ${userId}, ${moduleKey})`;
  const state: LearnerState = {
    coreVersionId: null,
    rows: [],
    done: [],
    answers: {},
    reflections: {},
  };
  for (const row of rows) {
    if (row.kind === "v") state.coreVersionId = row.key;
    else if (row.kind === "m")
      state.rows.push({
        moduleKey: row.key,
        position: Number(row.option),
        required: row.text === "t",
        localVersionId: row.pin,
        newLessons: row.fresh ?? [],
      });
    else if (row.kind === "p") state.done.push(row.key);
    else if (row.kind === "c" && row.option !== null) state.answers[row.key] = Number(row.option);
    else if (row.kind === "r") state.reflections[row.key] = row.text ?? "";
  }
  return state;
}

/** Stored ids of checks and reflections, unique per cohort member across modules and lessons. */
export const interactionId = (moduleKey: string, lessonSlug: string, id: string) =>
  `${moduleKey}/${lessonSlug}/${id}`;
