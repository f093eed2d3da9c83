import { describe, expect, it } from "vitest";
import { createCompileCache, type Compiled } from "./compile-cache.server";

function setup() {
  const stored = new Map<string, Compiled>();
  const compiled: string[] = [];
  let running = 0;
  let maxRunning = 0;
  const cache = createCompileCache({
    compile: async (source) => {
      compiled.push(source);
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return { code: `code:${source}`, frontmatter: {} };
    },
    store: {
      get: async (hash) => stored.get(hash) ?? null,
      put: async (hash, value) => void stored.set(hash, value),
    },
  });
  return { cache, stored, compiled, maxRunning: () => maxRunning };
}

describe("compile cache", () => {
  it("compiles a text once; the second call comes from memory", async () => {
    const { cache, compiled } = setup();
    let reads = 0;
    const source = () => {
      reads += 1;
      return "# Les";
    };
    expect((await cache.get("h1", source)).code).toBe("code:# Les");
    expect((await cache.get("h1", source)).code).toBe("code:# Les");
    expect(compiled).toEqual(["# Les"]);
    expect(reads).toBe(1);
  });

  it("a new content hash compiles again (a changed file shows on reload)", async () => {
    const { cache, compiled } = setup();
    await cache.get("v1", () => "oud");
    expect((await cache.get("v2", () => "nieuw")).code).toBe("code:nieuw");
    expect(compiled).toEqual(["oud", "nieuw"]);
  });

  it("shares concurrent requests for one hash and compiles one text at a time", async () => {
    const { cache, compiled, maxRunning } = setup();
    await Promise.all([
      cache.get("a", () => "A"),
      cache.get("a", () => "A"),
      cache.get("b", () => "B"),
      cache.get("c", () => "C"),
    ]);
    expect(compiled.sort()).toEqual(["A", "B", "C"]);
    expect(maxRunning()).toBe(1);
  });

  it("uses what another server stored instead of compiling", async () => {
    const first = setup();
    await first.cache.get("gedeeld", () => "X");
    const second = createCompileCache({
      compile: () => Promise.reject(new Error("must not compile")),
      store: { get: async (hash) => first.stored.get(hash) ?? null, put: async () => undefined },
    });
    expect((await second.get("gedeeld", () => "X")).code).toBe("code:X");
  });

  it("a failed compile is not cached", async () => {
    let attempt = 0;
    const cache = createCompileCache({
      compile: async () => {
        attempt += 1;
        if (attempt === 1) throw new Error("esbuild crashed");
        return { code: "ok", frontmatter: {} };
      },
      store: { get: async () => null, put: async () => undefined },
    });
    await expect(cache.get("h", () => "x")).rejects.toThrow("esbuild crashed");
    expect((await cache.get("h", () => "x")).code).toBe("ok");
  });
});
