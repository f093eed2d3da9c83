import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./db.server";

// Errors seen while PostgreSQL was stopped under load (npm run test:fault): each must become a 503, not a 500.
describe("isDatabaseUnavailable", () => {
  it.each([
    [
      "a connection closed during COMMIT (adapter-pg)",
      Object.assign(new Error("DriverAdapterError"), { cause: { kind: "ConnectionClosed" } }),
    ],
    [
      "a raw query on a closed connection (P2010)",
      Object.assign(
        new Error("Raw query failed. Code: `N/A`. Message: `Server has closed the connection.`"),
        { code: "P2010", meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } },
      ),
    ],
    [
      "a refused connection",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
    ],
    [
      "PostgreSQL shutting down (57P01)",
      Object.assign(new Error("terminating connection due to administrator command"), {
        cause: { originalCode: "57P01" },
      }),
    ],
    [
      "no transaction could be started (P2028)",
      Object.assign(new Error("Transaction API error"), { code: "P2028" }),
    ],
  ])("recognises %s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    [
      "a raw query with a syntax error (P2010)",
      Object.assign(new Error("Raw query failed. Code: `42601`. Message: `syntax error`"), {
        code: "P2010",
        meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "42601" } } },
      }),
    ],
    ["a unique violation", Object.assign(new Error("Unique constraint failed"), { code: "P2002" })],
    ["a plain bug", new TypeError("cannot read properties of undefined")],
    ["a thrown Response", new Response("Not Found", { status: 404 })],
  ])("leaves %s alone", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
