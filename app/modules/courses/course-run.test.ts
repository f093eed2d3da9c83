import { describe, expect, it } from "vitest";
import type { ModuleFile } from "./course-files.server";
import {
  buildRunModules,
  countProgress,
  diffLessons,
  moveInRun,
  neighbours,
  type PinnedCoreVersion,
  type RunRow,
} from "./course-run";

const file = (key: string, lessons: string[]): ModuleFile => ({
  key,
  kind: key.startsWith("kern/") ? "kern" : "lokaal",
  slug: key.split("/")[1],
  title: `Titel ${key}`,
  order: 1,
  minutes: 30,
  goals: [],
  intro: "",
  lessons: lessons.map((slug, index) => ({
    slug,
    title: slug,
    order: index + 1,
    minutes: 10,
    file: `${slug}.mdx`,
    hash: slug,
  })),
});

const rows = [
  { moduleKey: "kern/a", position: 1 },
  { moduleKey: "kern/b", position: 2 },
  { moduleKey: "lm/x", position: 3 },
];

describe("moveInRun", () => {
  it("moves a module one place up and renumbers 1..n", () => {
    expect(moveInRun(rows, "lm/x", "up")).toEqual([
      { moduleKey: "kern/a", position: 1 },
      { moduleKey: "lm/x", position: 2 },
      { moduleKey: "kern/b", position: 3 },
    ]);
  });

  it("moves down, and keeps the order for impossible moves", () => {
    expect(moveInRun(rows, "kern/a", "down").map((row) => row.moduleKey)).toEqual([
      "kern/b",
      "kern/a",
      "lm/x",
    ]);
    expect(moveInRun(rows, "kern/a", "up").map((row) => row.moduleKey)).toEqual([
      "kern/a",
      "kern/b",
      "lm/x",
    ]);
    expect(moveInRun(rows, "lm/x", "down").map((row) => row.moduleKey)).toEqual([
      "kern/a",
      "kern/b",
      "lm/x",
    ]);
    expect(moveInRun(rows, "lm/onbekend", "up").map((row) => row.moduleKey)).toEqual([
      "kern/a",
      "kern/b",
      "lm/x",
    ]);
  });

  it("closes gaps in positions", () => {
    const gappy = [
      { moduleKey: "p", position: 10 },
      { moduleKey: "q", position: 4 },
    ];
    expect(moveInRun(gappy, "p", "up")).toEqual([
      { moduleKey: "p", position: 1 },
      { moduleKey: "q", position: 2 },
    ]);
  });
});

describe("buildRunModules", () => {
  const files = {
    core: [file("kern/a", ["a1", "a2"]), file("kern/b", ["b1"])],
    local: [file("lokaal/enschede", ["e1"])],
  };
  const manifestOf = (modules: ModuleFile[]) =>
    modules.map(({ lessons, ...module }) => ({
      ...module,
      lessons: lessons.map(({ slug, title, order, minutes, hash }) => ({
        slug,
        title,
        order,
        minutes,
        hash,
      })),
    }));
  const core: PinnedCoreVersion = {
    id: "kern-1",
    label: "1",
    manifest: {
      title: "Cursus",
      label: "1",
      core: manifestOf(files.core),
      local: manifestOf(files.local),
    },
  };
  const locals = new Map([
    [
      "v2",
      {
        id: "v2",
        moduleId: "x",
        number: 2,
        title: "Wijkteam Zuid",
        goals: ["Doel"],
        region: "Enschede",
        lessons: [{ slug: "l1", title: "Les 1", minutes: 12, body: "# Hoi" }],
      },
    ],
  ]);
  const row = (
    moduleKey: string,
    position: number,
    required = true,
    localVersionId: string | null = null,
  ): RunRow => ({ moduleKey, position, required, localVersionId, newLessons: [] });

  it("orders by position and resolves the pinned core and local module versions", () => {
    const run = buildRunModules({
      rows: [row("lm/x", 2, false, "v2"), row("kern/b", 3), row("lokaal/enschede", 1)],
      core,
      locals,
      files,
    });
    expect(run.map((module) => module.key)).toEqual(["lokaal/enschede", "lm/x", "kern/b"]);
    expect(run[1]).toMatchObject({
      kind: "lm",
      title: "Wijkteam Zuid",
      minutes: 12,
      required: false,
      version: 2,
    });
  });

  it("leaves out modules that the pinned versions do not have", () => {
    const run = buildRunModules({
      rows: [row("kern/weg", 1), row("lm/y", 2, true, "v9"), row("kern/a", 3)],
      core,
      locals,
      files,
    });
    expect(run.map((module) => module.key)).toEqual(["kern/a"]);
  });

  it("reads a pinned lesson from the file only while the file still has the pinned text", () => {
    const edited = file("kern/a", ["a1", "a2"]);
    edited.lessons[1].hash = "nieuw";
    const changed = { core: [edited], local: [] };
    const [module] = buildRunModules({ rows: [row("kern/a", 1)], core, locals, files: changed });
    expect(module.lessons[0].source).toEqual({
      kind: "file",
      hash: "a1",
      file: "a1.mdx",
      fallbackFile: "a1.mdx",
    });
    expect(module.lessons[1].source).toEqual({
      kind: "file",
      hash: "a2",
      file: null,
      fallbackFile: "a2.mdx",
    });
  });

  it("links previous and next lessons across modules", () => {
    const run = buildRunModules({
      rows: [row("kern/a", 1), row("kern/b", 2)],
      core,
      locals,
      files,
    });
    expect(neighbours(run, "kern/a", "a2")).toEqual({
      previous: { moduleKey: "kern/a", slug: "a1", title: "a1" },
      next: { moduleKey: "kern/b", slug: "b1", title: "b1" },
    });
    expect(neighbours(run, "kern/a", "a1").previous).toBeNull();
    expect(neighbours(run, "kern/b", "b1").next).toBeNull();
  });

  it("counts progress only over lessons of the run, and names required modules not yet done", () => {
    const run = buildRunModules({
      rows: [row("kern/a", 1), row("kern/b", 2, false)],
      core,
      locals,
      files,
    });
    const progress = countProgress(run, ["kern/a/a1", "kern/a/verdwenen", "kern/b/b1"]);
    expect(progress).toEqual({
      modules: { "kern/a": { done: 1, total: 2 }, "kern/b": { done: 1, total: 1 } },
      done: 2,
      total: 3,
      missingRequired: ["kern/a"],
    });
  });
});

describe("diffLessons", () => {
  it("names lessons added, removed and changed (by text or title)", () => {
    const before = [
      { slug: "a", title: "A", hash: "1" },
      { slug: "b", title: "B", hash: "2" },
      { slug: "c", title: "C", hash: "3" },
    ];
    const after = [
      { slug: "a", title: "A", hash: "1" },
      { slug: "b", title: "B", hash: "9" },
      { slug: "d", title: "D", hash: "4" },
    ];
    expect(diffLessons(before, after)).toEqual({
      added: [{ slug: "d", title: "D" }],
      removed: [{ slug: "c", title: "C" }],
      changed: [{ slug: "b", title: "B" }],
    });
  });
});
