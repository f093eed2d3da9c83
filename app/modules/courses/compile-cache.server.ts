export type Compiled = { code: string; frontmatter: Record<string, unknown> };

export type CompileStore = {
  get(hash: string): Promise<Compiled | null>;
  put(hash: string, compiled: Compiled): Promise<void>;
};

/**
 * A cache of compiled MDX keyed by content hash: memory first, then the
 * shared store (so several app servers compile each text once), then the
 * compiler. Compiles run one at a time because esbuild is memory-hungry,
 * and concurrent requests for the same hash share one compile.
 */
export function createCompileCache({
  compile,
  store,
}: {
  compile: (source: string) => Promise<Compiled>;
  store: CompileStore;
}) {
  const memory = new Map<string, Compiled>();
  const pending = new Map<string, Promise<Compiled>>();
  let queue: Promise<unknown> = Promise.resolve();

  const oneAtATime = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  async function load(hash: string, source: () => string | Promise<string>): Promise<Compiled> {
    const stored = await store.get(hash);
    if (stored) return stored;
    const text = await source();
    const compiled = await oneAtATime(() => compile(text));
    await store.put(hash, compiled);
    return compiled;
  }

  return {
    /** The compiled form of the text `source()` returns (read only on a miss), whose content hash is `hash`. */
    async get(hash: string, source: () => string | Promise<string>): Promise<Compiled> {
      const hit = memory.get(hash);
      if (hit) return hit;
      let job = pending.get(hash);
      if (!job) {
        job = load(hash, source).then((compiled) => {
          memory.set(hash, compiled);
          return compiled;
        });
        pending.set(hash, job);
        void job.finally(() => pending.delete(hash)).catch(() => undefined);
      }
      return job;
    },
    /** What was compiled before (memory, then the shared store), never compiling: null when nobody compiled it yet. */
    async find(hash: string): Promise<Compiled | null> {
      const hit = memory.get(hash) ?? (await store.get(hash));
      if (hit) memory.set(hash, hit);
      return hit;
    },
    /** Only what is already in this process's memory, without waiting. */
    peek: (hash: string) => memory.get(hash) ?? null,
  };
}
