import type { LoaderFunctionArgs } from "@remix-run/node";
import { issuerProfile } from "~/modules/certificates/open-badge.server";
import { appOrigin } from "~/utils/origin.server";

/** The issuer profile that our Open Badges credentials name as their issuer. */
export function loader({ request }: LoaderFunctionArgs) {
  return new Response(JSON.stringify(issuerProfile(appOrigin(request)), null, 2), {
    headers: {
      "Content-Type": "application/ld+json",
      "Cache-Control": "public, max-age=3600",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
