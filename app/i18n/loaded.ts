import type { DeepPartialMessages } from "./translate";

/**
 * Catalogues by the address of their file: the server registers all of them
 * (catalogue-files.server.ts), the browser the one it fetched before
 * hydrating (entry.client.tsx).
 */
const loaded = new Map<string, DeepPartialMessages>();

export function registerCatalogue(href: string, messages: DeepPartialMessages) {
  loaded.set(href, messages);
}

/** The catalogue at `href`; null for Dutch (no file) or one not loaded yet. */
export function loadedCatalogue(href: string | null | undefined): DeepPartialMessages | null {
  return href ? (loaded.get(href) ?? null) : null;
}
