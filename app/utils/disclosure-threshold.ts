/**
 * The smallest group any figure about people may describe (decision 008).
 * The rules that use it live in app/modules/evaluation/disclosure.ts; the
 * number lives here so every domain (course times, Kennischeck counts) reads
 * the same one without depending on the evaluation.
 */
export const MIN_GROUP_SIZE = 5;
