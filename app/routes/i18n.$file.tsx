import type { LoaderFunctionArgs } from "@remix-run/node";
import { catalogueFile } from "~/i18n/catalogue-files.server";

/** A message catalogue by its content-hashed name: the same address always has the same content, so it is cached for good. */
export function loader({ params }: LoaderFunctionArgs) {
  const body = catalogueFile(params.file ?? "");
  if (!body) throw new Response("Not Found", { status: 404, statusText: "Not Found" });
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
