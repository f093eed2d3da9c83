import type { Nodes, Root } from "mdast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { checkElement, unsafeScheme, type Report } from "./mdx-guard-rules";

/** Every reason `checkSafeMdx` can refuse content for; each has a message in `i18n/*\/mdx.ts`. */
export const MDX_PROBLEM_CODES = [
  "syntax",
  "import-export",
  "expression",
  "unknown-component",
  "script",
  "event-handler",
  "raw-html",
  "unknown-prop",
  "missing-prop",
  "bad-prop-value",
  "unsafe-link",
  "misplaced-component",
  "kennischeck-answers",
] as const;
export type MdxProblemCode = (typeof MDX_PROBLEM_CODES)[number];

/**
 * One refusal. `line` is 1-based in the checked source; `detail` names the
 * culprit (component, `Component.prop`, URL scheme or attribute) when there is one.
 */
export type MdxProblem = { line: number; code: MdxProblemCode; detail?: string };

export type MdxCheckResult = { ok: true } | { ok: false; problems: MdxProblem[] };

const parser = unified().use(remarkParse).use(remarkMdx);

/**
 * Checks facilitator-written MDX against the allow-list before it is stored.
 * Pure: parses only, never compiles or evaluates. Returns every problem
 * found, sorted by line.
 */
export function checkSafeMdx(source: string): MdxCheckResult {
  let tree: Root;
  try {
    tree = parser.parse(source);
  } catch (error) {
    return {
      ok: false,
      problems: [{ line: syntaxErrorLine(error), code: "syntax", detail: reasonOf(error) }],
    };
  }

  const problems: MdxProblem[] = [];
  const report: Report = (node, code, detail) => {
    problems.push(
      detail === undefined ? { line: lineOf(node), code } : { line: lineOf(node), code, detail },
    );
  };
  // Filled by each Kennischeck before its children are visited (visit is pre-order),
  // so an Optie not in here stands outside one.
  const placed = new Set<Nodes>();

  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case "mdxjsEsm":
        report(node, "import-export");
        break;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        report(node, "expression");
        break;
      case "html":
        // remark-mdx turns HTML into JSX, but a future plugin change must not let it through.
        report(node, "raw-html");
        break;
      case "link":
      case "image":
      case "definition": {
        const scheme = unsafeScheme(node.url);
        if (scheme !== undefined) report(node, "unsafe-link", scheme);
        break;
      }
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        checkElement(node, report, placed);
        break;
    }
  });

  if (problems.length === 0) return { ok: true };
  // Array#sort is stable, so problems on one line keep document order.
  return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
}

function lineOf(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 1;
}

// Parse errors are VFileMessages with a place, except "tag not closed before
// the end of the file", which only mentions the opening tag's position in its text.
function syntaxErrorLine(error: unknown): number {
  if (typeof error === "object" && error !== null) {
    const { place, line } = error as {
      place?: { line?: number; start?: { line: number } };
      line?: number;
    };
    const fromPlace = place?.start?.line ?? place?.line ?? line;
    if (typeof fromPlace === "number" && fromPlace > 0) return fromPlace;
  }
  const mentioned = /\((\d+):\d+/.exec(reasonOf(error));
  return mentioned ? Number(mentioned[1]) : 1;
}

function reasonOf(error: unknown): string {
  if (
    typeof error === "object" &&
    error !== null &&
    "reason" in error &&
    typeof error.reason === "string"
  ) {
    return error.reason;
  }
  return error instanceof Error ? error.message : String(error);
}
