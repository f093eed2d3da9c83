import { readFileSync } from "node:fs";
import { bundleMDX } from "mdx-bundler";
import { describe, expect, it } from "vitest";
import { readCourseFiles } from "~/modules/courses/course-files.server";
import { computeStudyMinutes } from "~/modules/certificates/study-load.server";
import { analyseLesson } from "~/modules/courses/lesson-text";
import { lessonMinutesOf, moduleMinutesFor } from "~/modules/courses/study-time";
import { db } from "~/utils/db.server";
import { seedDemoIfEmpty } from "../../prisma/seed";
import { minutesByRule } from "../../scripts/course-minutes";

// The shipped course as written: every lesson of the core and of the local modules in courses/.
const files = readCourseFiles();
const modules = [...files.core, ...files.local];
const lessons = modules.flatMap((module) =>
  module.lessons.map((lesson) => ({
    key: `${module.key}/${lesson.slug}`,
    module,
    text: analyseLesson(readFileSync(lesson.file, "utf8")),
  })),
);
const checks = lessons.flatMap((lesson) =>
  lesson.text.kennischecks.map((check) => ({ ...check, lesson: lesson.key })),
);

describe("the course content", () => {
  it("ends every lesson with a source note that names a section of the report", () => {
    const missing = lessons
      .filter((lesson) => !/§\s*\d|bijlage \d/i.test(lesson.text.bron?.rapport ?? ""))
      .map((lesson) => lesson.key);
    expect(missing).toEqual([]);
  });

  it("has three or four Kennischeck scenarios in every module, each with exactly one right answer", () => {
    const perModule = Object.fromEntries(
      modules.map((module) => [
        module.key,
        lessons
          .filter((lesson) => lesson.module === module)
          .reduce((sum, lesson) => sum + lesson.text.kennischecks.length, 0),
      ]),
    );
    for (const [key, count] of Object.entries(perModule))
      expect(count, key).toBeGreaterThanOrEqual(3);
    for (const [key, count] of Object.entries(perModule)) expect(count, key).toBeLessThanOrEqual(4);
    for (const check of checks)
      expect(
        check.options.filter((option) => option.juist),
        `${check.lesson}#${check.id}`,
      ).toHaveLength(1);
    expect(new Set(checks.map((check) => check.id)).size).toBe(checks.length);
  });

  it("does not give the right answer away by its position or its length", () => {
    const positions = new Map<number, number>();
    for (const check of checks) {
      const right = check.options.findIndex((option) => option.juist);
      positions.set(right, (positions.get(right) ?? 0) + 1);
    }
    const mostInOnePosition = Math.max(...positions.values());
    expect(
      mostInOnePosition / checks.length,
      `right answers per position: ${JSON.stringify(Object.fromEntries(positions))}`,
    ).toBeLessThanOrEqual(0.4);

    const longest = checks.filter((check) => {
      const right = check.options.find((option) => option.juist)!.text.length;
      return check.options.every((option) => option.juist || option.text.length < right);
    });
    expect(
      longest.length,
      `right answer is the longest in: ${longest.map((check) => check.id).join(", ")}`,
    ).toBeLessThanOrEqual(checks.length / 2);

    // On average the right answer is no longer than the wrong ones of its question.
    const ratio =
      checks.reduce((sum, check) => {
        const wrong = check.options.filter((option) => !option.juist);
        return (
          sum +
          check.options.find((option) => option.juist)!.text.length /
            (wrong.reduce((total, option) => total + option.text.length, 0) / wrong.length)
        );
      }, 0) / checks.length;
    expect(ratio).toBeLessThanOrEqual(1.05);
  });

  it("compiles every lesson", async () => {
    for (const module of modules)
      for (const lesson of module.lessons)
        await expect(
          bundleMDX({ source: readFileSync(lesson.file, "utf8") }),
          lesson.slug,
        ).resolves.toBeTruthy();
  }, 120_000);

  it("states the study minutes the rule of decision 017 gives (run npm run course:minutes after editing)", () => {
    expect(
      minutesByRule().changes.map(
        (change) => `${change.file.replace(/.*courses\//, "")}: ${change.stated} -> ${change.rule}`,
      ),
    ).toEqual([]);
  });

  it("gives the demo certificate the hours of the rule: core minutes by rule plus the attended evenings", async () => {
    await seedDemoIfEmpty(process.env.DATABASE_URL!);
    const certificate = await db.certificate.findFirstOrThrow({
      where: { user: { email: "trainer@demo.buitendelijnen.nl" } },
    });
    const byRule = (module: (typeof modules)[number]) =>
      moduleMinutesFor(
        analyseLesson(module.intro).words,
        module.lessons.map((lesson) => lessonMinutesOf(readFileSync(lesson.file, "utf8"))),
      );
    const core = files.core.reduce((sum, module) => sum + byRule(module), 0);
    expect(core).toBeLessThan(300);
    expect(certificate.studyMinutes).toBe(
      (await computeStudyMinutes({ cohortId: certificate.cohortId, userId: certificate.userId! }))
        ?.studyMinutes,
    );
    const requiredLocal = await db.cohortModule.findMany({
      where: {
        cohortId: certificate.cohortId,
        required: true,
        moduleKey: { startsWith: "lokaal/" },
      },
    });
    const local = files.local
      .filter((module) => requiredLocal.some((row) => row.moduleKey === module.key))
      .reduce((sum, module) => sum + byRule(module), 0);
    const evenings = await db.attendance.count({
      where: {
        userId: certificate.userId!,
        status: "PRESENT",
        evening: { cohortId: certificate.cohortId },
      },
    });
    // The demo evenings last two hours each.
    expect(certificate.studyMinutes).toBe(core + local + evenings * 120);
  });
});
