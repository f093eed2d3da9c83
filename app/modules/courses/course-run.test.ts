import { describe, expect, it } from "vitest";
import type { ModuleFile } from "./course-files.server";
import { moveInRun, neighbours, resolveRun } from "./course-run";

const file = (key: string, lessons: string[]): ModuleFile => ({
  key,
  kind: key.startsWith("kern/") ? "kern" : "lokaal",
  slug: key.split("/")[1],
  title: `Titel ${key}`,
  order: 1,
  minutes: 30,
  goals: [],
  intro: "",
  lessons: lessons.map((slug, index) => ({ slug, title: slug, order: index + 1, minutes: 10, file: `${slug}.mdx`, hash: slug })),
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
    expect(moveInRun(rows, "kern/a", "down").map((row) => row.moduleKey)).toEqual(["kern/b", "kern/a", "lm/x"]);
    expect(moveInRun(rows, "kern/a", "up").map((row) => row.moduleKey)).toEqual(["kern/a", "kern/b", "lm/x"]);
    expect(moveInRun(rows, "lm/x", "down").map((row) => row.moduleKey)).toEqual(["kern/a", "kern/b", "lm/x"]);
    expect(moveInRun(rows, "lm/onbekend", "up").map((row) => row.moduleKey)).toEqual(["kern/a", "kern/b", "lm/x"]);
  });

  it("closes gaps in positions", () => {
    const gappy = [{ moduleKey: "p", position: 10 }, { moduleKey: "q", position: 4 }];
    expect(moveInRun(gappy, "p", "up")).toEqual([{ moduleKey: "p", position: 1 }, { moduleKey: "q", position: 2 }]);
  });
});

describe("resolveRun", () => {
  const files = { core: [file("kern/a", ["a1", "a2"]), file("kern/b", ["b1"])], local: [file("lokaal/enschede", ["e1"])] };
  const published = [{ moduleId: "x", title: "Wijkteam Zuid", goals: ["Doel"], region: "Enschede", lessons: [{ slug: "l1", title: "Les 1", minutes: 12, body: "# Hoi" }] }];

  it("orders by position and resolves files and published local modules", () => {
    const run = resolveRun({
      rows: [
        { moduleKey: "lm/x", position: 2, required: false },
        { moduleKey: "kern/b", position: 3, required: true },
        { moduleKey: "lokaal/enschede", position: 1, required: true },
      ],
      files,
      published,
    });
    expect(run.map((module) => module.key)).toEqual(["lokaal/enschede", "lm/x", "kern/b"]);
    expect(run[1]).toMatchObject({ kind: "lm", title: "Wijkteam Zuid", minutes: 12, required: false });
  });

  it("leaves out modules that no longer exist or are not published", () => {
    const run = resolveRun({ rows: [{ moduleKey: "kern/weg", position: 1, required: true }, { moduleKey: "lm/y", position: 2, required: true }, { moduleKey: "kern/a", position: 3, required: true }], files, published });
    expect(run.map((module) => module.key)).toEqual(["kern/a"]);
  });

  it("links previous and next lessons across modules", () => {
    const run = resolveRun({ rows: [{ moduleKey: "kern/a", position: 1, required: true }, { moduleKey: "kern/b", position: 2, required: true }], files, published });
    expect(neighbours(run, "kern/a", "a2")).toEqual({ previous: { moduleKey: "kern/a", slug: "a1", title: "a1" }, next: { moduleKey: "kern/b", slug: "b1", title: "b1" } });
    expect(neighbours(run, "kern/a", "a1").previous).toBeNull();
    expect(neighbours(run, "kern/b", "b1").next).toBeNull();
  });
});
