import { describe, expect, it } from "vitest";
import { domainMix } from "./domain-mix";

describe("domainMix", () => {
  it("warns when the social domain is absent", () => {
    expect(domainMix(["SPORT", "SPORT", "SPORT"]).warning).toBe("social-missing");
  });
  it("warns when sport is absent", () => {
    expect(domainMix(["ZORG", "WELZIJN"]).warning).toBe("sport-missing");
  });
  it("does not warn for a mixed group", () => {
    const mix = domainMix(["SPORT", "WELZIJN"]);
    expect(mix).toMatchObject({ sport: 1, social: 1, total: 2, warning: "none" });
  });
  it("warns when one side is below a quarter", () => {
    expect(domainMix(["SPORT", "SPORT", "SPORT", "SPORT", "SPORT", "ZORG"]).warning).toBe(
      "social-low",
    );
    expect(domainMix(["ZORG", "ZORG", "WELZIJN", "ANDERS", "SPORT"]).warning).toBe("sport-low");
    // Exactly a quarter is enough.
    expect(domainMix(["SPORT", "SPORT", "SPORT", "ZORG"]).warning).toBe("none");
  });
  it("counts a missing sector as anders", () => {
    expect(domainMix([null, "SPORT"]).counts.ANDERS).toBe(1);
  });
  it("has nothing to warn about without participants", () => {
    expect(domainMix([]).warning).toBe("empty");
  });
});
