import { describe, expect, it } from "vitest";
import { en } from "./en";
import { nl } from "./nl";
import { createTranslate, formatPlurals } from "./translate";

/** Every message of a catalogue with its key. */
function messages(node: unknown, prefix = ""): [string, string][] {
  if (typeof node === "string") return [[prefix, node]];
  if (!node || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) =>
    messages(value, prefix ? `${prefix}.${key}` : key),
  );
}

const catalogues = { nl: messages(nl), en: messages(en) };

/** Two or more words said twice in a row ("Niet helemaal. Niet helemaal"), ignoring case and punctuation. */
function doubledPhrase(text: string): string | null {
  const words = text
    .toLocaleLowerCase("nl")
    .replace(/\{[^}]*\}/g, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  for (let size = 1; size <= 4; size++) {
    for (let at = 0; at + 2 * size <= words.length; at++) {
      const first = words.slice(at, at + size).join(" ");
      if (
        first === words.slice(at + size, at + 2 * size).join(" ") &&
        (size > 1 || first.length > 3)
      )
        return first;
    }
  }
  return null;
}

describe("the message catalogue", () => {
  for (const [language, entries] of Object.entries(catalogues)) {
    it(`${language}: no "(s)"-style plurals; counts go through plural messages`, () => {
      expect(
        entries
          .filter(([, text]) => /\w\((s|en|e|n)\)|\/replies|reactie\(s\)/i.test(text))
          .map(([key]) => key),
      ).toEqual([]);
    });

    it(`${language}: no phrase said twice in a row`, () => {
      expect(
        entries.map(([key, text]) => [key, doubledPhrase(text)]).filter(([, phrase]) => phrase),
      ).toEqual([]);
    });

    it(`${language}: every plural message parses and has an "other" branch`, () => {
      for (const [key, text] of entries.filter(([, text]) => text.includes(", plural,"))) {
        expect(() => formatPlurals(text, { count: 1, total: 1, n: 1, done: 0 }), key).not.toThrow();
        expect(text, key).toMatch(/other \{/);
      }
    });
  }

  it("says one and many in Dutch", () => {
    const t = createTranslate(nl);
    expect(t("course.lessonsDone", { done: 0, total: 1 })).toBe("0 van 1 les klaar");
    expect(t("course.lessonsDone", { done: 2, total: 3 })).toBe("2 van 3 lessen klaar");
    expect(t("evaluation.manage.progress", { count: 0, total: 1 })).toBe(
      "0 van de 1 deelnemer heeft de evaluatie verstuurd.",
    );
    expect(t("evaluation.manage.progress", { count: 3, total: 12 })).toBe(
      "3 van de 12 deelnemers hebben de evaluatie verstuurd.",
    );
    expect(
      t("forum.mail.line", { title: "Ruzie in de kleedkamer", count: 1, link: "https://x" }),
    ).toBe("- Ruzie in de kleedkamer: 1 nieuwe reactie\n  https://x");
    expect(
      t("forum.mail.line", { title: "Ruzie in de kleedkamer", count: 20, link: "https://x" }),
    ).toBe("- Ruzie in de kleedkamer: 20 nieuwe reacties\n  https://x");
    expect(t("forum.replies", { count: 0 })).toBe("nog geen reacties");
    expect(t("cohorts.participantsCount", { count: 1 })).toBe("1 deelnemer");
  });

  it("says one and many in English", () => {
    const t = createTranslate(en);
    expect(t("course.lessonsDone", { done: 0, total: 1 })).toBe("0 of 1 lesson done");
    expect(t("forum.replies", { count: 1 })).toBe("1 reply");
  });
});
