/**
 * Writes the study minutes of every lesson and module in courses/ from the
 * rule in app/modules/courses/study-time.ts (decision 017).
 * Usage: npm run course:minutes            (rewrite the frontmatter)
 *        npm run course:minutes -- --check (exit 1 when a stated value differs)
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readCourseFiles } from "../app/modules/courses/course-files.server";
import { analyseLesson } from "../app/modules/courses/lesson-text";
import { lessonMinutesOf, moduleMinutesFor } from "../app/modules/courses/study-time";

export type MinutesChange = { file: string; stated: number; rule: number };

/** Every lesson and module file whose stated minutes differ from the rule. */
export function minutesByRule(root?: string): {
  changes: MinutesChange[];
  totals: { key: string; minutes: number }[];
} {
  const files = readCourseFiles(root);
  const changes: MinutesChange[] = [];
  const totals: { key: string; minutes: number }[] = [];
  for (const module of [...files.core, ...files.local]) {
    const lessonMinutes = module.lessons.map((lesson) => {
      const rule = lessonMinutesOf(readFileSync(lesson.file, "utf8"));
      if (lesson.minutes !== rule)
        changes.push({ file: lesson.file, stated: lesson.minutes, rule });
      return rule;
    });
    const rule = moduleMinutesFor(analyseLesson(module.intro).words, lessonMinutes);
    const indexFile = path.join(path.dirname(module.lessons[0]?.file ?? ""), "index.mdx");
    if (module.minutes !== rule) changes.push({ file: indexFile, stated: module.minutes, rule });
    totals.push({ key: module.key, minutes: rule });
  }
  return { changes, totals };
}

/** Replaces only the `minutes:` line of the frontmatter, so nothing else in the file moves. */
function writeMinutes(file: string, minutes: number) {
  const source = readFileSync(file, "utf8");
  const end = source.indexOf("\n---", 3);
  const head = source.slice(0, end).replace(/^minutes: *\d+ *$/m, `minutes: ${minutes}`);
  if (!/^minutes: /m.test(head)) throw new Error(`${file}: no minutes line in the frontmatter`);
  writeFileSync(file, head + source.slice(end));
}

if (process.argv[1] && import.meta.url === `file://${path.resolve(process.argv[1])}`) {
  const { changes, totals } = minutesByRule();
  const check = process.argv.includes("--check");
  for (const change of changes) {
    console.log(`${path.relative(process.cwd(), change.file)}: ${change.stated} -> ${change.rule}`);
    if (!check) writeMinutes(change.file, change.rule);
  }
  for (const total of totals) console.log(`${total.key}: ${total.minutes} min`);
  const core = totals
    .filter((total) => total.key.startsWith("kern/"))
    .reduce((sum, total) => sum + total.minutes, 0);
  console.log(`core total: ${core} min`);
  if (check && changes.length) process.exit(1);
}
