import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import type { PDFFont } from "pdf-lib";

/**
 * What every PDF of the app (certificate, social map, coalition report)
 * shares: the Unicode font and text wrapping.
 */
const require = createRequire(import.meta.url);
let fonts: { regular: Uint8Array; bold: Uint8Array } | undefined;

// DejaVu Sans covers ı ş ğ Ł ễ and subsets correctly in pdf-lib (see docs/platform-notes).
export function fontBytes() {
  if (!fonts) {
    const dir = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
    fonts = {
      regular: readFileSync(path.join(dir, "DejaVuSans.ttf")),
      bold: readFileSync(path.join(dir, "DejaVuSans-Bold.ttf")),
    };
  }
  return fonts;
}

// pdf-lib parses the whole TTF on every embed; the two fonts never change,
// so they are parsed once and shared (subsetting still happens per PDF).
const parsed = new Map<Uint8Array, ReturnType<typeof fontkit.create>>();
export const cachingFontkit: typeof fontkit = {
  ...fontkit,
  create: (buffer: Uint8Array, postscriptName?: string) => {
    let font = parsed.get(buffer);
    if (!font) parsed.set(buffer, (font = fontkit.create(buffer, postscriptName)));
    return font;
  },
};

/** Lines of at most `maxWidth` points, breaking between words; a newline starts a new line. Never empty. */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    let current = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = current ? `${current} ${word}` : word;
      if (current && font.widthOfTextAtSize(next, size) > maxWidth) {
        lines.push(current);
        current = word;
      } else current = next;
    }
    if (current) lines.push(current);
  }
  return lines.length ? lines : [""];
}
