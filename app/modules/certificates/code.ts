// Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper survives.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Random bytes in a code: 160 bits, far above the 128 bits that make guessing hopeless. */
const CODE_BYTES = 20;
/** Characters in a normalised code (5 bits each). */
export const CODE_LENGTH = Math.ceil((CODE_BYTES * 8) / 5);

/** Base32 (Crockford) of some bytes, without padding. */
export function toBase32(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** The bytes behind a normalised code (the inverse of toBase32). */
export function fromBase32(code: string): Uint8Array {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of code) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) throw new Error("not a base32 code");
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bytes.push((buffer >>> (bits - 8)) & 255);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  return Uint8Array.from(bytes);
}

/** A new verification code from the platform's cryptographic random source. */
export function generateVerificationCode(): string {
  return toBase32(crypto.getRandomValues(new Uint8Array(CODE_BYTES)));
}

/**
 * A code as someone may type it (lower case, spaces, dashes, O for 0, I/L
 * for 1) in its stored form, or null when it cannot be a code at all.
 */
export function normaliseCode(input: string | null | undefined): string | null {
  if (typeof input !== "string" || input.length > 100) return null;
  const code = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (code.length !== CODE_LENGTH) return null;
  for (const char of code) if (!ALPHABET.includes(char)) return null;
  return code;
}

/** "ABCD-EFGH-..." for people: groups of four are easier to read and type. */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}
