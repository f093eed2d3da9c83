import type { Nodes } from "mdast";
import {
  ALLOWED_COMPONENTS,
  isAllowedComponent,
  type ComponentRule,
  type PropRule,
} from "./allowed-components";
import type { MdxProblemCode } from "./mdx-guard";

type Positioned = { position?: { start: { line: number } } };
type JsxElement = Extract<Nodes, { type: "mdxJsxFlowElement" | "mdxJsxTextElement" }>;

/** Records one problem at the line where `node` starts. */
export type Report = (node: Positioned, code: MdxProblemCode, detail?: string) => void;

const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

/**
 * The scheme of `url` when it is not http, https or mailto; `undefined` for
 * those and for relative and anchor URLs.
 */
export function unsafeScheme(url: string): string | undefined {
  // The parser already decoded character references once; decode numeric ones
  // again so a double-encoded `&#106;avascript:` is judged as it would end up.
  const decoded = url.replace(/&#(x[0-9a-f]+|\d+);?/gi, (_, code: string) => {
    const point = code[0].toLowerCase() === "x" ? parseInt(code.slice(1), 16) : Number(code);
    // Out-of-range references would make fromCodePoint throw; browsers show U+FFFD.
    return point <= 0x10ffff ? String.fromCodePoint(point) : "\ufffd";
  });
  // Browsers drop tabs and newlines anywhere in a URL and strip leading
  // control characters and spaces before reading the scheme (WHATWG URL).
  const cleaned = decoded.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1].toLowerCase();
  return scheme === undefined || SAFE_SCHEMES.has(scheme) ? undefined : scheme;
}

/**
 * Checks one JSX element: its name against the allow-list, its attributes
 * against the component's props, and where Optie and Kennischeck stand.
 */
export function checkElement(element: JsxElement, report: Report, placed: Set<Nodes>): void {
  // Dangerous attributes are reported even on unknown elements, so the author sees every reason.
  const plain: { attribute: Positioned; prop: string; value: string | null }[] = [];
  const named = new Set<string>();
  for (const attribute of element.attributes) {
    if (attribute.type === "mdxJsxExpressionAttribute") {
      report(attribute, "expression", "{...}");
      continue;
    }
    named.add(attribute.name);
    if (/^on/i.test(attribute.name)) report(attribute, "event-handler", attribute.name);
    else if (typeof attribute.value === "object" && attribute.value !== null)
      report(attribute, "expression", attribute.name);
    else plain.push({ attribute, prop: attribute.name, value: attribute.value ?? null });
  }

  const name = element.name ?? "";
  if (name.toLowerCase() === "script") return report(element, "script", name);
  if (!isAllowedComponent(name)) return report(element, "unknown-component", name);

  const rule: ComponentRule = ALLOWED_COMPONENTS[name];
  for (const { attribute, prop, value } of plain) {
    if (!Object.hasOwn(rule.props, prop)) report(attribute, "unknown-prop", `${name}.${prop}`);
    else if (!fits(rule.props[prop], value)) report(attribute, "bad-prop-value", `${name}.${prop}`);
  }
  for (const [prop, propRule] of Object.entries(rule.props)) {
    // A prop written as an expression is already refused; "missing" on top would only confuse.
    if (propRule.required && !named.has(prop)) report(element, "missing-prop", `${name}.${prop}`);
  }

  if (rule.onlyInside !== undefined && !placed.has(element))
    report(element, "misplaced-component", name);
  if (rule.onlyChildren !== undefined) checkAnswers(element, rule.onlyChildren, report, placed);
}

function fits(rule: PropRule, value: string | null): boolean {
  if (rule.kind === "flag") return value === null;
  if (value === null || value.trim() === "") return false;
  return rule.oneOf === undefined || rule.oneOf.includes(value);
}

// Options written on consecutive lines end up in one paragraph, options
// separated by blank lines each in their own; both are fine.
function checkAnswers(
  kennischeck: JsxElement,
  optionName: string,
  report: Report,
  placed: Set<Nodes>,
): void {
  const items = kennischeck.children.flatMap((child): Nodes[] =>
    child.type === "paragraph" ? child.children : [child],
  );
  let options = 0;
  let correct = 0;
  for (const item of items) {
    const isElement = item.type === "mdxJsxFlowElement" || item.type === "mdxJsxTextElement";
    if (isElement && item.name === optionName) {
      placed.add(item);
      options += 1;
      // Exactly one right answer, so the learner always gets clear feedback.
      if (item.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === "juist"))
        correct += 1;
    } else if (!(item.type === "text" && item.value.trim() === "")) {
      report(item, "misplaced-component", isElement ? (item.name ?? "") : item.type);
    }
  }
  if (options === 0 || correct !== 1) report(kennischeck, "kennischeck-answers");
}
