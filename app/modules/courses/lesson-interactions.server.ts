import type { Nodes, Root } from "mdast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { LessonSource } from "./course-run";
import { lessonText } from "./course-run.server";

/** The knowledge checks (right answer per option) and reflection ids of one lesson. */
export type LessonInteractions = { checks: Record<string, boolean[]>; reflections: string[] };

const parser = unified().use(remarkParse).use(remarkMdx);
const memo = new Map<string, LessonInteractions>();

const attribute = (node: Nodes, name: string) =>
  "attributes" in node
    ? node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name)
    : undefined;

/** Reads the interactive parts from the lesson's MDX, so answers are judged on the server. */
export async function lessonInteractions(source: LessonSource): Promise<LessonInteractions> {
  const key = source.kind === "file" ? source.hash : source.body;
  const known = memo.get(key);
  if (known) return known;
  const tree = parser.parse(await lessonText(source)) as Root;
  const found: LessonInteractions = { checks: {}, reflections: [] };
  visit(tree, (node: Nodes) => {
    if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
    const id = attribute(node, "id")?.value;
    if (typeof id !== "string") return;
    if (node.name === "Reflectie") found.reflections.push(id);
    if (node.name === "Kennischeck") {
      const options: boolean[] = [];
      visit(node, (child: Nodes) => {
        if (
          (child.type === "mdxJsxFlowElement" || child.type === "mdxJsxTextElement") &&
          child.name === "Optie"
        )
          options.push(attribute(child, "juist") !== undefined);
      });
      found.checks[id] = options;
    }
  });
  if (memo.size > 2000) memo.clear();
  memo.set(key, found);
  return found;
}
