import { keyFromData } from "~/i18n/translate";
import type { MetaDescriptor } from "@remix-run/node";
import { translatorFor } from "~/i18n";
import { loadedCatalogue } from "~/i18n/loaded";

type Match = { id: string; data?: unknown };

/**
 * The page title in the reader's language: "<page> · <context> · Buiten de
 * Lijnen" (WCAG 2.4.2). The catalogue is the file the root loader's data names (messagesHref), so
 * English readers get English titles.
 */
export function pageTitle(
  matches: readonly Match[] | undefined,
  key: string,
  context?: string | null,
): MetaDescriptor[] {
  return [{ title: titleText(matches?.find((match) => match.id === "root")?.data, key, context) }];
}

/** "<page> · <context> · Buiten de Lijnen", translated with the catalogue file named in the root loader's data. */
export function titleText(rootData: unknown, key: string, context?: string | null): string {
  const t = translatorFor(
    loadedCatalogue((rootData as { messagesHref?: string | null } | undefined)?.messagesHref),
  );
  return [t(keyFromData(key)), context, "Buiten de Lijnen"].filter(Boolean).join(" · ");
}
