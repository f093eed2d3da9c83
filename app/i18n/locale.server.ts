import { createCookie } from "@remix-run/node";
import { isProduction } from "~/utils/env.server";
import { translator } from "./catalogues.server";
import { isLocale, type Locale } from "./index";

export const localeCookie = createCookie("bdl_lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  secure: isProduction(),
  maxAge: 60 * 60 * 24 * 365,
});

export async function getLocale(request: Request): Promise<Locale> {
  const value = await localeCookie.parse(request.headers.get("Cookie"));
  return isLocale(value) ? value : "nl";
}

/** The translate function for whoever sent this request. */
export async function getT(request: Request) {
  return translator(await getLocale(request));
}
