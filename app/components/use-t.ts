import { useRouteLoaderData } from "@remix-run/react";
import { translatorFor } from "~/i18n";
import type { DeepPartialMessages } from "~/i18n/translate";

/** Translate with the language chosen in the root loader. */
export function useT() {
  const data = useRouteLoaderData<{ messages: DeepPartialMessages | null }>("root");
  return translatorFor(data?.messages);
}
