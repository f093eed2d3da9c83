import { describe, expect, it } from "vitest";
import { buildIcs } from "./ics";
import { amsterdamToUtc } from "./local-time";

describe("buildIcs", () => {
  it("writes one event in UTC with escaped text and CRLF lines", () => {
    const ics = buildIcs(
      {
        uid: "abc@buitendelijnen",
        startsAt: new Date("2026-10-01T17:30:00Z"),
        endsAt: new Date("2026-10-01T19:30:00Z"),
        summary: "Bijeenkomst 1; kennismaken, sport",
        location: "Kantine SV Buitenveld",
        description: "Neem je vragen mee.\nTot dan!",
      },
      new Date("2026-09-01T00:00:00Z"),
    );
    expect(ics).toContain("BEGIN:VEVENT\r\n");
    expect(ics).toContain("DTSTART:20261001T173000Z\r\n");
    expect(ics).toContain("DTEND:20261001T193000Z\r\n");
    expect(ics).toContain("SUMMARY:Bijeenkomst 1\\; kennismaken\\, sport\r\n");
    expect(ics).toContain("DESCRIPTION:Neem je vragen mee.\\nTot dan!\r\n");
  });

  it("folds long lines at 75 octets", () => {
    const ics = buildIcs({
      uid: "x",
      startsAt: new Date(),
      endsAt: new Date(),
      summary: "é".repeat(60),
      location: "",
      description: "",
    });
    for (const line of ics.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe("amsterdamToUtc", () => {
  it("uses summer and winter time", () => {
    expect(amsterdamToUtc("2026-10-01", "19:30").toISOString()).toBe("2026-10-01T17:30:00.000Z");
    expect(amsterdamToUtc("2026-11-12", "19:30").toISOString()).toBe("2026-11-12T18:30:00.000Z");
  });
});
