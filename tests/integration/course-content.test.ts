import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCourseFiles } from "~/modules/courses/course-files.server";
import { analyseLesson } from "~/modules/courses/lesson-text";

// The shipped course as written: every lesson of the core and of the local modules in courses/.
const files = readCourseFiles();
const modules = [...files.core, ...files.local];
const lessons = modules.flatMap((module) => module.lessons.map((lesson) => ({ key: `${module.key}/${lesson.slug}`, module, text: analyseLesson(readFileSync(lesson.file, "utf8")) })));

describe("the course content", () => {
  it("ends every lesson with a source note that names a section of the report", () => {
    const missing = lessons.filter((lesson) => !/§\s*\d|bijlage \d/i.test(lesson.text.bron?.rapport ?? "")).map((lesson) => lesson.key);
    expect(missing).toEqual([]);
  });

});
