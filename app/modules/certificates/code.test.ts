import { describe, expect, it } from "vitest";
import {
  CODE_LENGTH,
  formatCode,
  fromBase32,
  generateVerificationCode,
  normaliseCode,
  toBase32,
} from "./code";

describe("verification codes", () => {
  it("round-trips bytes through base32", () => {
    const bytes = Uint8Array.from([
      0, 255, 16, 32, 64, 128, 7, 9, 11, 200, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(fromBase32(toBase32(bytes))).toEqual(bytes);
  });

  it("accepts a code typed with dashes, spaces, lower case and look-alike letters", () => {
    const code = generateVerificationCode();
    expect(code).toHaveLength(CODE_LENGTH);
    expect(normaliseCode(formatCode(code).toLowerCase())).toBe(code);
    expect(normaliseCode(` ${code.replace(/0/g, "O").replace(/1/g, "l")} `)).toBe(code);
  });

  it("rejects what cannot be a code", () => {
    expect(normaliseCode("")).toBeNull();
    expect(normaliseCode("ABC")).toBeNull();
    expect(normaliseCode("U".repeat(CODE_LENGTH))).toBeNull();
    expect(normaliseCode("<script>".padEnd(CODE_LENGTH, "A"))).toBeNull();
    expect(normaliseCode(null)).toBeNull();
  });
});
