import { publicJwks } from "~/utils/signing-key.server";

/** The public key(s) that verify our Open Badges credentials, so anyone can check them offline. */
export async function loader() {
  return new Response(JSON.stringify(await publicJwks()), {
    headers: {
      "Content-Type": "application/jwk-set+json",
      "Cache-Control": "public, max-age=3600",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
