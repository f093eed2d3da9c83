import { createHash } from "node:crypto";
import { en } from "./en";
import type { Locale } from "./index";
import { registerCatalogue } from "./loaded";

/**
 * The catalogues the browser loads as files (issue 20): each at an address
 * with the hash of its content, cached by the browser for good, instead of
 * travelling in every page's root loader data. Dutch is bundled and has none.
 */
const files = new Map<string, { locale: Locale; body: string }>();
const hrefs: Partial<Record<Locale, string>> = {};

for (const [locale, messages] of [["en", en]] as const) {
  const body = JSON.stringify(messages);
  const href = `/i18n/${locale}.${createHash("sha256").update(body).digest("base64url").slice(0, 16)}.json`;
  files.set(href.slice("/i18n/".length), { locale, body });
  hrefs[locale] = href;
  // The server renders with the same catalogue, found by the same address.
  registerCatalogue(href, messages);
}

/** The address of `locale`'s catalogue file; null for Dutch. */
export const catalogueHref = (locale: Locale): string | null => hrefs[locale] ?? null;

/** The body of a catalogue file by its name ("en.<hash>.json"), or null. */
export const catalogueFile = (name: string): string | null => files.get(name)?.body ?? null;
