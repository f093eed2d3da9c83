import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("csv", () => {
  it("neutralises cells that a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvCell("+31 6")).toBe("'+31 6");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
  });
  it("leaves ordinary text alone and quotes separators", () => {
    expect(csvCell("Fatma Yıldız")).toBe("Fatma Yıldız");
    expect(csvCell("de Vries, Sam")).toBe("\"de Vries, Sam\"");
    expect(toCsv([["a", 1], ["b", null]])).toBe("\uFEFFa,1\r\nb,\r\n");
  });
});
