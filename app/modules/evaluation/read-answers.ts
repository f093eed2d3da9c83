import { TEXT_MAX, type AnswerMap, type FormItem } from "./types";
import { withoutControlCharacters } from "~/utils/text";

export type ReadResult = { answers: AnswerMap; errors: Record<string, string> };

/** Removes control characters (except line breaks and tabs) and surrounding space from typed text. */
export function cleanText(value: string): string {
  return withoutControlCharacters(value.replace(/\r\n?/g, "\n")).trim();
}

const whyField = (itemId: string) => `${itemId}-waarom`;

/**
 * Reads the answers of the evaluation form. Field names are the item ids
 * (plus `<id>-waarom` for the explanation of a score). Errors are catalogue
 * keys per item id; `final` also enforces required items.
 */
export function readAnswers(form: FormData, items: FormItem[], final: boolean): ReadResult {
  const answers: AnswerMap = {};
  const errors: Record<string, string> = {};
  for (const item of items) {
    const raw = form
      .getAll(item.id)
      .filter((value): value is string => typeof value === "string" && value !== "");
    switch (item.type) {
      case "choice":
      case "yesno": {
        if (raw.length > 1 || (raw[0] !== undefined && !item.options.includes(raw[0])))
          errors[item.id] = "evaluation.errors.invalidChoice";
        else if (raw[0]) answers[item.id] = { choices: [raw[0]] };
        break;
      }
      case "multi": {
        const chosen = [...new Set(raw)];
        if (chosen.some((value) => !item.options.includes(value)))
          errors[item.id] = "evaluation.errors.invalidChoice";
        else if (chosen.length)
          answers[item.id] = { choices: item.options.filter((option) => chosen.includes(option)) };
        break;
      }
      case "scale10": {
        const why = cleanText(String(form.get(whyField(item.id)) ?? ""));
        const score = raw[0] === undefined ? null : Number(raw[0]);
        if (
          raw.length > 1 ||
          (score !== null && !(Number.isInteger(score) && score >= 1 && score <= 10))
        )
          errors[item.id] = "evaluation.errors.scaleRange";
        else if (why.length > TEXT_MAX) errors[whyField(item.id)] = "evaluation.errors.textTooLong";
        else if (score !== null || why) answers[item.id] = { number: score, text: why || null };
        break;
      }
      case "text": {
        const text = cleanText(raw[0] ?? "");
        if (text.length > TEXT_MAX) errors[item.id] = "evaluation.errors.textTooLong";
        else if (text) answers[item.id] = { text };
        break;
      }
    }
    if (final && item.required && !answers[item.id] && !errors[item.id]) {
      errors[item.id] =
        item.id === "A1" ? "evaluation.errors.sectorRequired" : "evaluation.errors.invalidChoice";
    }
  }
  return { answers, errors };
}

/** Keeps only well-formed answers of a stored draft (a draft is JSON and may predate a change of the form). */
export function draftAnswers(value: unknown): AnswerMap {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const answers: AnswerMap = {};
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    if (!raw || typeof raw !== "object") continue;
    const answer = raw as Record<string, unknown>;
    answers[key] = {
      number: typeof answer.number === "number" ? answer.number : null,
      text: typeof answer.text === "string" ? answer.text : null,
      choices: Array.isArray(answer.choices)
        ? answer.choices.filter((choice): choice is string => typeof choice === "string")
        : [],
    };
  }
  return answers;
}
