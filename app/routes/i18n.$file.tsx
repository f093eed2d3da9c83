import type { LoaderFunctionArgs } from "@remix-run/node";
import { catalogueFile } from "~/i18n/catalogue-files.server";

/**
 * A message catalogue by its content-hashed name: the same address always has
 * the same content, so it is cached for good. `nl.json` (for an error page
 * that names no file) is the current Dutch one, asked again each time.
 */
export function loader({ params }: LoaderFunctionArgs) {
  const file = catalogueFile(params.file ?? "");
  if (!file) throw new Response("Not Found", { status: 404, statusText: "Not Found" });
  return new Response(file.body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": file.immutable ? "public, max-age=31536000, immutable" : "no-cache",
    },
  });
}
