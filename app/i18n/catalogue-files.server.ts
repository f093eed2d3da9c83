import { createHash } from "node:crypto";
import { en } from "./en";
import type { Locale } from "./index";
import { registerCatalogue } from "./loaded";
import { nl } from "./nl";
import type { DeepPartialMessages, Messages } from "./translate";

/** `messages` with `fallback`'s text wherever it has none: the English file also holds Dutch for keys English lacks. */
function complete(messages: DeepPartialMessages, fallback: Messages): Messages {
  const merge = (over: unknown, under: unknown): unknown =>
    typeof under === "string" || typeof over !== "object" || over === null
      ? (over ?? under)
      : Object.fromEntries(
          Object.entries(under as Record<string, unknown>).map(([key, value]) => [
            key,
            merge((over as Record<string, unknown>)[key], value),
          ]),
        );
  return merge(messages, fallback) as Messages;
}

/** Every language's catalogue, complete: what the server renders with and what the browser loads. */
export const catalogues: Record<Locale, Messages> = { nl, en: complete(en, nl) };

/**
 * The catalogues the browser loads as files (issue 20): each at an address
 * with the hash of its content, cached by the browser for good, instead of
 * travelling in every page's JavaScript or root loader data. The Dutch one
 * is also at `/i18n/nl.json` (not cached), for an error page whose root
 * loader failed and so names no file.
 */
const files = new Map<string, string>();
const hrefs = {} as Record<Locale, string>;

for (const locale of ["nl", "en"] as const) {
  const body = JSON.stringify(catalogues[locale]);
  const href = `/i18n/${locale}.${createHash("sha256").update(body).digest("base64url").slice(0, 16)}.json`;
  files.set(href.slice("/i18n/".length), body);
  hrefs[locale] = href;
  // The server renders with the same catalogue, found by the same address; Dutch where none is named.
  registerCatalogue(href, catalogues[locale], locale === "nl");
}

/** Where the browser finds the catalogue when the root loader named none (entry.client.tsx). */
const FALLBACK_CATALOGUE = "nl.json";

/** The address of `locale`'s catalogue file. */
export const catalogueHref = (locale: Locale): string => hrefs[locale];

/**
 * The body of a catalogue file by its name ("en.<hash>.json", kept for good),
 * or of the Dutch one by "nl.json" (asked again each time), or null.
 */
export function catalogueFile(name: string): { body: string; immutable: boolean } | null {
  const body = files.get(name === FALLBACK_CATALOGUE ? hrefs.nl.slice("/i18n/".length) : name);
  return body ? { body, immutable: name !== FALLBACK_CATALOGUE } : null;
}
