import type { DeepPartialMessages } from "./translate";

/**
 * Catalogues by the address of their file: the server registers all of them
 * (catalogue-files.server.ts), the browser the one it fetched before
 * hydrating (entry.client.tsx). Every catalogue file is complete (English
 * holds the Dutch text of a key it lacks), so no other one is needed.
 */
const loaded = new Map<string, DeepPartialMessages>();
let fallback: DeepPartialMessages | null = null;

/** Registers the catalogue at `href`; `asFallback` makes it the one used where no address is known. */
export function registerCatalogue(
  href: string,
  messages: DeepPartialMessages,
  asFallback = fallback === null,
) {
  loaded.set(href, messages);
  if (asFallback) fallback = messages;
}

/**
 * The catalogue at `href`. Without an address (the root loader failed and an
 * error page shows) or for one not loaded: the fallback, Dutch on the server,
 * in the browser the catalogue it loaded (Dutch on such an error page).
 */
export function loadedCatalogue(href: string | null | undefined): DeepPartialMessages | null {
  return (href ? loaded.get(href) : undefined) ?? fallback;
}
