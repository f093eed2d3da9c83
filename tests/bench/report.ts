/** The bench's tables: one per data set, and the growth from the small set to a scaled one (docs/benchmarks.md). */
import type { Run, Target } from "./measure";

export const ms = (value: number) => value.toFixed(1);

// load: the machine's 1-minute load average when the page's measurement ended (the machine is shared: other figures move with it).
export type Result = {
  name: string;
  max: Run;
  atRate: Run;
  ratio: number;
  trips: number | null;
  js: number | null;
  load?: number;
  target: Pick<Target, "rate" | "minRatioToTrivial" | "growsWithData">;
};
export type SetResult = {
  label: string;
  results: Result[];
  shape: Result[];
  misses: string[];
  dbSize: string;
  rows?: Record<string, number>;
  buildSeconds: number;
};

function table(header: string[], rows: string[][]) {
  return [header, header.map(() => "---"), ...rows]
    .map((row) => `| ${row.join(" | ")} |`)
    .join("\n");
}

function loadOf(r: Result) {
  return r.load === undefined ? "—" : r.load.toFixed(1);
}

export function setReport(set: SetResult) {
  const main = table(
    [
      "page",
      "req/s (max)",
      "p50 / p95 / p99 ms (max)",
      "p95 ms at budget rate",
      "× trivial",
      "DB round trips",
      "JS KiB gz",
      "load avg",
    ],
    set.results.map((r) => [
      r.name,
      r.max.rps.toFixed(0),
      `${ms(r.max.p50)} / ${ms(r.max.p95)} / ${ms(r.max.p99)}`,
      r.target.rate ? `${ms(r.atRate.p95)} @ ${r.target.rate}/s (steady)` : "—",
      r.ratio.toFixed(2),
      r.trips === null ? "—" : String(r.trips),
      r.js === null ? "—" : r.js.toFixed(1),
      loadOf(r),
    ]),
  );
  const shape = table(
    [
      "page (10 connections, 10 people)",
      "req/s (median of 3)",
      "p50 / p95 / p99 ms",
      "× trivial",
      "budget",
      "load avg",
    ],
    set.shape.map((r) => [
      r.name,
      r.max.rps.toFixed(0),
      `${ms(r.max.p50)} / ${ms(r.max.p95)} / ${ms(r.max.p99)}`,
      r.ratio.toFixed(2),
      r.target.minRatioToTrivial ? `≥ ${r.target.minRatioToTrivial}` : "—",
      loadOf(r),
    ]),
  );
  const rows = set.rows
    ? `\n\nRows: ${Object.entries(set.rows)
        .filter(([, count]) => count > 0)
        .map(([name, count]) => `${name} ${count.toLocaleString("en")}`)
        .join(", ")}.`
    : "";
  return `## Data set: ${set.label}\n\nDatabase size ${set.dbSize}; built in ${set.buildSeconds.toFixed(0)} s.${rows}\n\n${main}\n\n${shape}`;
}

export function growthTable(small: SetResult, scaled: SetResult) {
  const rows = [...scaled.results, ...scaled.shape].map((r) => {
    const base = [...small.results, ...small.shape].find((candidate) => candidate.name === r.name);
    if (!base) return [r.name, "—", "—", "—"];
    const p95 = (run: Result) => (run.target.rate ? run.atRate.p95 : run.max.p95);
    return [
      r.name,
      (r.max.rps / base.max.rps).toFixed(2),
      (p95(r) / p95(base)).toFixed(2),
      `${ms(p95(base))} → ${ms(p95(r))}`,
    ];
  });
  return `## Growth: small → ${scaled.label} (database ${small.dbSize} → ${scaled.dbSize})\n\n${table(["page", "req/s ratio", "p95 ratio", "p95 ms"], rows)}`;
}
