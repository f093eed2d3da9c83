import { describe, expect, it } from "vitest";
import { readEnv } from "./env.server";

describe("readEnv", () => {
  it("needs nothing in development: embedded database and outbox", () => {
    const env = readEnv({ NODE_ENV: "development" });
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
  });
  it("explains every missing production variable on its own line", () => {
    expect(() => readEnv({ NODE_ENV: "production" })).toThrow(
      /APP_URL: APP_URL is required in production\n.*SMTP_URL: SMTP_URL is required/,
    );
  });
  it("rejects a DATABASE_URL that is not a URL", () => {
    expect(() => readEnv({ DATABASE_URL: "localhost" })).toThrow(/DATABASE_URL/);
  });
});
