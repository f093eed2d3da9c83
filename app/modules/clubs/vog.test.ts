import { describe, expect, it } from "vitest";
import { vogRenewBy, vogStatus } from "./vog";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("VOG renewal", () => {
  it("is due three years after it was seen", () => {
    expect(vogRenewBy(day("2024-03-15")).toISOString().slice(0, 10)).toBe("2027-03-15");
    expect(vogRenewBy(day("2024-02-29")).toISOString().slice(0, 10)).toBe("2027-02-28");
  });

  it("warns from 60 days before, and is overdue from the renewal date", () => {
    const seenOn = day("2023-06-01");
    expect(vogStatus({ seenOn, today: day("2026-04-01") }).state).toBe("valid");
    expect(vogStatus({ seenOn, today: day("2026-04-02") }).state).toBe("dueSoon");
    expect(vogStatus({ seenOn, today: day("2026-05-31") }).state).toBe("dueSoon");
    expect(vogStatus({ seenOn, today: day("2026-06-01") }).state).toBe("overdue");
    expect(vogStatus({ seenOn: null, today: day("2026-06-01") }).state).toBe("none");
  });

  it("warns for a VOG seen 2 years and 11 months ago", () => {
    expect(vogStatus({ seenOn: day("2023-12-28"), today: day("2026-11-28") }).state).toBe(
      "dueSoon",
    );
  });
});
