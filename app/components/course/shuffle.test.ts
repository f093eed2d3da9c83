import { expect, it } from "vitest";
import { shuffledOrder } from "./shuffle";

it("shuffles the options of a Kennischeck per person, the same way on every visit", () => {
  const order = shuffledOrder(4, "person-a:m4-check-1");
  expect([...order].sort()).toEqual([0, 1, 2, 3]);
  expect(shuffledOrder(4, "person-a:m4-check-1")).toEqual(order);
  // Over many people every option shows up first about equally often.
  const first = [0, 0, 0, 0];
  for (let person = 0; person < 4000; person += 1)
    first[shuffledOrder(4, `person-${person}:m4-check-1`)[0]!] += 1;
  for (const count of first) expect(count).toBeGreaterThan(850);
});
