import { describe, expect, it } from "vitest";
import { catalogueFile, catalogueHref, catalogues } from "./catalogue-files.server";
import { translator } from "./catalogues.server";
import { nl } from "./nl";

/** Every key of a catalogue. */
function keys(node: unknown, prefix = ""): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    keys(value, prefix ? `${prefix}.${key}` : key),
  );
}

// Issue 20: the browser gets the catalogue as a file at a content-hashed address, not in its JavaScript.
describe("the catalogue files", () => {
  it("serve each language complete at an address with its content's hash", () => {
    for (const locale of ["nl", "en"] as const) {
      const href = catalogueHref(locale);
      expect(href).toMatch(new RegExp(`^/i18n/${locale}\\.[\\w-]{16}\\.json$`));
      const file = catalogueFile(href.slice("/i18n/".length));
      expect(file?.immutable).toBe(true);
      // English holds every Dutch key: the browser needs no second file for the keys English lacks.
      expect(keys(JSON.parse(file!.body))).toEqual(keys(nl));
    }
    expect(catalogueHref("nl")).not.toBe(catalogueHref("en"));
    expect(catalogueFile("en.0000000000000000.json")).toBeNull();
  });

  it("serve the Dutch one at /i18n/nl.json too, asked again each time, for an error page that names no file", () => {
    const file = catalogueFile("nl.json");
    expect(file).toEqual({ body: JSON.stringify(catalogues.nl), immutable: false });
  });

  it("translate English with English text and Dutch as the server does", () => {
    expect(translator("en")("forum.replies", { count: 2 })).toBe("2 replies");
    expect(translator("nl")("forum.replies", { count: 2 })).toBe("2 reacties");
  });
});
