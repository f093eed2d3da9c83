import { z } from "zod";
import type { FieldErrors } from "~/utils/forms.server";
import { checkSafeMdx, type MdxProblem } from "./mdx-guard";
import { withoutControlCharacters } from "~/utils/text";

type LessonValues = { slug: string; title: string; minutes: string; body: string };
export type ModuleValues = {
  title: string;
  goals: string;
  region: string;
  lessons: LessonValues[];
};
export type LocalModuleInput = {
  title: string;
  goals: string[];
  region: string | null;
  lessons: { slug: string; title: string; minutes: number; body: string }[];
};

export const MAX_LESSONS = 12;

const Title = z
  .string()
  .trim()
  .min(3, "course.editor.errors.title")
  .max(120, "course.editor.errors.titleLong");
const Region = z.string().trim().max(80, "course.editor.errors.region");
const Goals = z
  .array(z.string().max(300, "course.editor.errors.goal"))
  .max(10, "course.editor.errors.goals");
const LessonTitle = z
  .string()
  .trim()
  .min(2, "course.editor.errors.lessonTitle")
  .max(120, "course.editor.errors.titleLong");
const Minutes = z.coerce
  .number({ message: "course.editor.errors.minutes" })
  .int("course.editor.errors.minutes")
  .min(1, "course.editor.errors.minutes")
  .max(240, "course.editor.errors.minutes");
const Body = z
  .string()
  .trim()
  .min(1, "course.editor.errors.body")
  .max(40_000, "course.editor.errors.bodyLong");

// Control characters are dropped (a NUL byte cannot even be stored); line breaks and tabs stay.
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? withoutControlCharacters(value.replace(/\r\n/g, "\n")) : "";
};

/** The editor's fields as typed, lessons in order (`lessons.<n>.<field>`). */
export function readModuleValues(form: FormData): ModuleValues {
  const indices = new Set<number>();
  for (const key of form.keys()) {
    const match = /^lessons\.(\d{1,2})\./.exec(key);
    if (match) indices.add(Number(match[1]));
  }
  const lessons = [...indices]
    .sort((a, b) => a - b)
    .slice(0, MAX_LESSONS)
    .map((index) => ({
      slug: text(form, `lessons.${index}.slug`),
      title: text(form, `lessons.${index}.title`),
      minutes: text(form, `lessons.${index}.minutes`),
      body: text(form, `lessons.${index}.body`),
    }));
  return {
    title: text(form, "title"),
    goals: text(form, "goals"),
    region: text(form, "region"),
    lessons,
  };
}

const splitGoals = (goals: string) =>
  goals
    .split("\n")
    .map((goal) => goal.trim())
    .filter(Boolean);

function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "les";
}

export type Checked =
  | { ok: true; input: LocalModuleInput }
  | { ok: false; errors: FieldErrors; problems: Record<number, MdxProblem[]> };

/**
 * Validates the editor's values: field errors are catalogue keys, and every
 * lesson body goes through the MDX guard, so nothing unsafe is ever stored.
 * A lesson keeps its slug across versions (progress is keyed by it).
 */
export function checkModuleValues(values: ModuleValues): Checked {
  const errors: FieldErrors = {};
  const problems: Record<number, MdxProblem[]> = {};
  const first = <T>(name: string, schema: z.ZodType<T>, value: unknown): T | undefined => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    errors[name] = result.error.issues[0]?.message ?? "errors.invalid";
    return undefined;
  };
  const title = first("title", Title, values.title);
  const region = first("region", Region, values.region);
  const goals = first("goals", Goals, splitGoals(values.goals));
  if (values.lessons.length === 0) errors.lessons = "course.editor.errors.noLessons";

  const used = new Set<string>();
  const lessons = values.lessons.map((lesson, index) => {
    const lessonTitle = first(`lessons.${index}.title`, LessonTitle, lesson.title);
    const minutes = first(`lessons.${index}.minutes`, Minutes, lesson.minutes);
    const body = first(`lessons.${index}.body`, Body, lesson.body);
    if (body !== undefined) {
      const checked = checkSafeMdx(body);
      if (!checked.ok) problems[index] = checked.problems;
    }
    let slug = /^[a-z0-9-]{1,60}$/.test(lesson.slug) ? lesson.slug : slugify(lessonTitle ?? "les");
    for (let n = 2; used.has(slug); n++) slug = `${slug.replace(/-\d+$/, "")}-${n}`;
    used.add(slug);
    return { slug, title: lessonTitle ?? "", minutes: minutes ?? 0, body: body ?? "" };
  });

  if (Object.keys(errors).length || Object.keys(problems).length)
    return { ok: false, errors, problems };
  return {
    ok: true,
    input: { title: title!, goals: goals!, region: region ? region : null, lessons },
  };
}
