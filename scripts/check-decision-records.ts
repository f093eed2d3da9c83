/**
 * Fails when two decision records share a number, or when a record's title
 * line ("# 012 ...") carries another number than its file name. Part of
 * `npm run lint`; run alone with `tsx scripts/check-decision-records.ts`.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The problems found in a folder of `NNN-title.md` records; empty when all is well. */
export function decisionRecordProblems(folder: string): string[] {
  const problems: string[] = [];
  const fileByNumber = new Map<string, string>();
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith(".md"))
    .sort()) {
    const number = /^(\d{3})-[a-z0-9-]+\.md$/.exec(file)?.[1];
    if (!number) {
      problems.push(`${file}: name must be NNN-title.md (three digits, lower-case words)`);
      continue;
    }
    const earlier = fileByNumber.get(number);
    if (earlier) problems.push(`${file}: number ${number} is already used by ${earlier}`);
    else fileByNumber.set(number, file);
    const title = readFileSync(path.join(folder, file), "utf8").split("\n", 1)[0];
    const titleNumber = /^# (\d{3})\b/.exec(title)?.[1];
    if (titleNumber !== number)
      problems.push(`${file}: title line "${title}" must start with "# ${number} "`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = decisionRecordProblems(path.resolve(import.meta.dirname, "../docs/decisions"));
  for (const problem of problems) console.error(`docs/decisions/${problem}`);
  process.exit(problems.length > 0 ? 1 : 0);
}
