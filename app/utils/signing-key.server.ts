import { createHash, createPrivateKey } from "node:crypto";
import { calculateJwkThumbprint, importJWK, type CryptoKey, type JWK } from "jose";
import { env } from "~/utils/env.server";

export type SigningKey = { privateKey: CryptoKey; publicJwk: JWK & { kid: string }; kid: string };

// PKCS#8 header of an Ed25519 private key; the 32-byte seed follows it.
const ED25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");
const DEV_SEED_LABEL = "buiten-de-lijnen: DEVELOPMENT-ONLY credential key, public, never trust it";

let cached: Promise<SigningKey> | undefined;

/**
 * The platform's Ed25519 key for signing credentials: CREDENTIAL_SIGNING_KEY
 * (required in production), or outside production a key derived from a fixed
 * public seed, so that every app server agrees without sharing files.
 */
export function getSigningKey(): Promise<SigningKey> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SigningKey> {
  const { CREDENTIAL_SIGNING_KEY, NODE_ENV } = env();
  let jwk: JWK;
  if (CREDENTIAL_SIGNING_KEY) jwk = JSON.parse(CREDENTIAL_SIGNING_KEY) as JWK;
  else if (NODE_ENV !== "production") jwk = developmentJwk();
  else throw new Error("CREDENTIAL_SIGNING_KEY is required in production (see .env.example)");
  const publicOnly: JWK = { kty: "OKP", crv: "Ed25519", x: jwk.x };
  const kid = await calculateJwkThumbprint(publicOnly);
  const privateKey = (await importJWK(
    { kty: "OKP", crv: "Ed25519", x: jwk.x, d: jwk.d },
    "EdDSA",
  )) as CryptoKey;
  return { privateKey, kid, publicJwk: { ...publicOnly, kid, alg: "EdDSA", use: "sig" } };
}

function developmentJwk(): JWK {
  const seed = createHash("sha256").update(DEV_SEED_LABEL).digest();
  const key = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
    format: "der",
    type: "pkcs8",
  });
  return key.export({ format: "jwk" }) as JWK;
}

/**
 * A secret for other derived values (such as invitation links that can be
 * shown again), separated by `purpose` from the signing itself.
 */
export function derivedSecret(purpose: string): Buffer {
  const { CREDENTIAL_SIGNING_KEY, NODE_ENV } = env();
  const jwk = CREDENTIAL_SIGNING_KEY
    ? (JSON.parse(CREDENTIAL_SIGNING_KEY) as JWK)
    : NODE_ENV !== "production"
      ? developmentJwk()
      : null;
  if (!jwk?.d)
    throw new Error("CREDENTIAL_SIGNING_KEY is required in production (see .env.example)");
  return createHash("sha256").update(`buiten-de-lijnen/${purpose}\n${jwk.d}`).digest();
}

/** The public keys that verify our credentials, as a JWK Set. */
export async function publicJwks(): Promise<{ keys: JWK[] }> {
  return { keys: [(await getSigningKey()).publicJwk] };
}
