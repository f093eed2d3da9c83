import { useRouteLoaderData } from "@remix-run/react";
import { translator, type Locale } from "~/i18n";

/** Translate with the locale chosen in the root loader. */
export function useT() {
  const data = useRouteLoaderData<{ locale: Locale }>("root");
  return translator(data?.locale ?? "nl");
}
