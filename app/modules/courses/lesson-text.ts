import matter from "gray-matter";
import type { Nodes, Root } from "mdast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/** One Kennischeck as written: the question and its options in source order. */
type CheckInSource = {
  id: string;
  vraag: string;
  options: { text: string; juist: boolean; feedback: string }[];
};

/** What a lesson's MDX contains, for the study-time rule and the content tests. */
export type LessonText = {
  /** Words a learner reads: body text, headings, box text, questions, options and feedback. */
  words: number;
  reflecties: number;
  kennischecks: CheckInSource[];
  praktijkcasussen: number;
  /** The `rapport` of the last `<Bron>` when it is the lesson's last block, else null. */
  bron: { rapport?: string; ook?: string } | null;
};

const parser = unified().use(remarkParse).use(remarkMdx);

type JsxNode = Extract<Nodes, { type: "mdxJsxFlowElement" | "mdxJsxTextElement" }>;
const isJsx = (node: Nodes): node is JsxNode =>
  node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
const attr = (node: JsxNode, name: string) => {
  const found = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  if (!found) return undefined;
  return typeof found.value === "string" ? found.value : found.value === null ? true : undefined;
};
/** The plain text under a node (text and inline code), like mdast-util-to-string. */
function toString(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  return "children" in node ? node.children.map((child) => toString(child as Nodes)).join(" ") : "";
}
const countWords = (text: string) =>
  text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** Reads a lesson file's body (frontmatter is skipped). */
export function analyseLesson(source: string): LessonText {
  const tree = parser.parse(matter(source).content) as Root;
  const result: LessonText = {
    words: 0,
    reflecties: 0,
    kennischecks: [],
    praktijkcasussen: 0,
    bron: null,
  };
  let words = countWords(toString(tree));
  visit(tree, (node: Nodes) => {
    if (!isJsx(node)) return;
    for (const name of ["vraag", "titel", "feedback"]) {
      const value = attr(node, name);
      if (typeof value === "string") words += countWords(value);
    }
    if (node.name === "Reflectie") result.reflecties += 1;
    if (node.name === "Praktijkcasus") result.praktijkcasussen += 1;
    if (node.name === "Kennischeck") {
      const check: CheckInSource = {
        id: String(attr(node, "id") ?? ""),
        vraag: String(attr(node, "vraag") ?? ""),
        options: [],
      };
      visit(node, (child: Nodes) => {
        if (isJsx(child) && child.name === "Optie")
          check.options.push({
            text: toString(child).trim(),
            juist: attr(child, "juist") === true,
            feedback: String(attr(child, "feedback") ?? ""),
          });
      });
      result.kennischecks.push(check);
    }
  });
  const last = tree.children.at(-1);
  if (last && isJsx(last) && last.name === "Bron") {
    const rapport = attr(last, "rapport");
    const ook = attr(last, "ook");
    result.bron = {
      ...(typeof rapport === "string" ? { rapport } : {}),
      ...(typeof ook === "string" ? { ook } : {}),
    };
  }
  result.words = words;
  return result;
}
