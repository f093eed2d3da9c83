import { expect } from "vitest";

export const XSS = {
  script: "<script>alert(1)</script>",
  img: "<img src=x onerror=alert(1)>",
  link: "[klik hier](javascript:alert(1))",
} as const;

/** How a payload reads in the page when React (or the Markdown renderer) escaped it. */
const ESCAPED: Record<string, string> = {
  [XSS.script]: "&lt;script&gt;alert(1)&lt;/script&gt;",
  [XSS.img]: "&lt;img src=x onerror=alert(1)&gt;",
  [XSS.link]: "klik hier",
};

/**
 * The page runs none of the payload: no script tag around it, no tag with an
 * on* handler, no javascript: link. (The page's own Remix scripts have no
 * attributes like that, and loader data in them escapes "<" as \u003c.)
 */
export function expectInert(html: string, payload: string) {
  expect(html).not.toMatch(/<script\b[^>]*>\s*alert\(1\)/i);
  expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
  expect(html).toContain(ESCAPED[payload]);
}

/** Cells of a CSV document (quotes, doubled quotes, BOM, CRLF), for `;` or `,` separators. */
function csvCells(csv: string, separator: ";" | ","): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, "");
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && (char === separator || char === "\n")) {
      cells.push(cell.replace(/\r$/, ""));
      cell = "";
    } else {
      cell += char;
    }
  }
  if (cell) cells.push(cell);
  return cells;
}

/** The exported cell holds the value with a leading apostrophe, and no cell starts with the raw formula. */
export function expectNeutralised(csv: string, separator: ";" | ",", value: string) {
  const cells = csvCells(csv, separator);
  expect(cells).toContain(`'${value}`);
  expect(cells).not.toContain(value);
  // The writer's own ="1/3" (digits and punctuation kept as text) is the one formula-like cell allowed.
  expect(cells.filter((cell) => /^[=+\-@]/.test(cell) && !/^="[\d\s.,/:%-]+"$/.test(cell))).toEqual(
    [],
  );
}
