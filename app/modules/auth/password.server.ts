import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id recommendation: m=19456 KiB, t=2, p=1.
// `algorithm: 2` is Argon2id (the library's const enum cannot be imported under isolatedModules).
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

// Verified against when the account does not exist, so that a wrong e-mail
// address costs as much time as a wrong password.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("buiten-de-lijnen-dummy");
  await verifyPassword(await dummyHash, password);
}
