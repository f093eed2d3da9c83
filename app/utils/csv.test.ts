import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { neutraliseCell, toCsv, wouldBecomeNumberOrDate } from "./csv";

const read = (csv: string) =>
  parse(csv, { delimiter: ";", bom: true, relax_column_count: true }) as string[][];

describe("the CSV writer", () => {
  it("writes a BOM, semicolons, CRLF and decimal commas", () => {
    const csv = toCsv([
      ["naam", "score"],
      ["de Vries, Sam", 5.5],
      ["Fatma Yıldız", null],
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe("\uFEFFnaam;score\r\nde Vries, Sam;5,5\r\nFatma Yıldız;\r\n");
    expect(read(csv)).toEqual([
      ["naam", "score"],
      ["de Vries, Sam", "5,5"],
      ["Fatma Yıldız", ""],
    ]);
  });

  it("neutralises formula starts, also after whitespace, tab and carriage return", () => {
    for (const value of [
      "=1+1",
      "+31",
      "-2",
      "@SUM(A1)",
      '  =HYPERLINK("x")',
      "\t=1",
      "\r=1",
      "\tabc",
    ])
      expect(neutraliseCell(value)).toBe(`'${value}`);
    for (const value of ["gewoon tekst", "7", "a=b"]) expect(neutraliseCell(value)).toBe(value);
    const csv = toCsv([["a;b", '=HYPERLINK("http://evil.example","klik")', "+31 6 1234"]]);
    expect(read(csv)).toEqual([
      ["a;b", '\'=HYPERLINK("http://evil.example","klik")', "'+31 6 1234"],
    ]);
  });

  it("keeps text that Excel would turn into a date or number as text", () => {
    for (const value of [
      "1/3",
      "1-3",
      "007",
      "3,5",
      "12:30",
      "50%",
      "1e5",
      "3 jan",
      "12-mrt-2026",
      "jan-3",
    ])
      expect(wouldBecomeNumberOrDate(value), value).toBe(true);
    for (const value of ["Team 3", "O11-2", "januari", "v1.2 beta", ""])
      expect(wouldBecomeNumberOrDate(value), value).toBe(false);
    const [[fraction, range, zeros, plain]] = read(toCsv([["1/3", "1-3", "007", "Team 3"]]));
    expect([fraction, range, zeros, plain]).toEqual(['="1/3"', '="1-3"', '="007"', "Team 3"]);
  });

  it("writes numbers as numbers and dates as ISO days", () => {
    expect(read(toCsv([[7, 0.25, new Date("2026-03-01T12:00:00Z"), true]]))).toEqual([
      ["7", "0,25", "2026-03-01", "1"],
    ]);
  });
});
