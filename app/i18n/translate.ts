import type { nl } from "./nl";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
export type Messages = Widen<typeof nl>;
export type DeepPartialMessages = { [K in keyof Messages]?: DeepPartial<Messages[K]> };
type DeepPartial<T> = T extends string ? string : { [K in keyof T]?: DeepPartial<T[K]> };

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<typeof nl>;

/**
 * A key that arrives as data rather than as a literal in the code: a field
 * error from a zod schema or an action's answer. Literal keys are checked by
 * the compiler (`MessageKey`); keys written as data are checked by
 * `scripts/check-message-keys.ts` in `npm run lint`, which fails on a
 * key-like string in app/ that the Dutch catalogue does not hold.
 */
export const keyFromData = (key: string): MessageKey => key as MessageKey;

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

function lookup(catalogue: unknown, key: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

// Dutch and English share their plural categories (one, other), so one set of rules serves both catalogues.
const pluralRules = new Intl.PluralRules("nl");

/**
 * ICU plural messages, the subset the catalogue uses:
 * `{count, plural, =0 {geen reacties} one {# reactie} other {# reacties}}`.
 * `#` is the number; a branch may hold other `{params}`.
 */
export function formatPlurals(template: string, params: Params): string {
  let out = "";
  let at = 0;
  for (;;) {
    const head = /\{(\w+),\s*plural,\s*/g;
    head.lastIndex = at;
    const found = head.exec(template);
    if (!found) return out + template.slice(at);
    out += template.slice(at, found.index);
    const branches: Record<string, string> = {};
    let cursor = head.lastIndex;
    while (template[cursor] !== "}") {
      const selector = /\s*(=\d+|\w+)\s*\{/y;
      selector.lastIndex = cursor;
      const match = selector.exec(template);
      if (!match) throw new Error(`Plural message without a closing brace: ${template}`);
      let depth = 1;
      let end = selector.lastIndex;
      for (; depth > 0 && end < template.length; end++)
        depth += template[end] === "{" ? 1 : template[end] === "}" ? -1 : 0;
      branches[match[1]] = template.slice(selector.lastIndex, end - 1);
      cursor = end;
      while (/\s/.test(template[cursor] ?? "")) cursor++;
    }
    const count = Number(params[found[1]]);
    out += (
      branches[`=${count}`] ??
      branches[pluralRules.select(count)] ??
      branches.other ??
      ""
    ).replace(/#/g, String(params[found[1]]));
    at = cursor + 1;
  }
}

/**
 * A translate function for one catalogue, with `fallback` (Dutch on the
 * server) for a key it lacks. The catalogues the browser loads are complete
 * (catalogue-files.server.ts), so this module carries no catalogue itself and
 * stays out of the page's JavaScript.
 */
export function createTranslate(
  catalogue: DeepPartialMessages | Messages,
  fallback?: Messages,
): Translate {
  return (key, params) => {
    const template = lookup(catalogue, key) ?? (fallback && lookup(fallback, key)) ?? key;
    if (!params) return template;
    return (template.includes(", plural,") ? formatPlurals(template, params) : template).replace(
      /\{(\w+)\}/g,
      (match, name: string) => (name in params ? String(params[name]) : match),
    );
  };
}
