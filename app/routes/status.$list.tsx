import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/modules/auth/guards.server";
import { signCredential } from "~/modules/certificates/open-badge.server";
import { statusListCredential } from "~/modules/certificates/status-list.server";
import { appOrigin } from "~/utils/origin.server";

/**
 * The public Bitstring Status List of certificates (Open Badges 3.0
 * credentialStatus): JSON, or the signed compact JWS for a verifier that asks
 * for application/vc+jwt. Short-lived in caches: a revocation shows within a minute.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const list = Number(params.list);
  if (!/^\d{1,6}$/.test(params.list ?? "") || !Number.isSafeInteger(list)) notFound();
  const credential = await statusListCredential({ origin: appOrigin(request), list });
  const headers = { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" };
  if ((request.headers.get("Accept") ?? "").includes("application/vc+jwt")) {
    return new Response(await signCredential(credential), {
      headers: { ...headers, "Content-Type": "application/vc+jwt" },
    });
  }
  return new Response(JSON.stringify(credential), {
    headers: { ...headers, "Content-Type": "application/vc+ld+json" },
  });
}
