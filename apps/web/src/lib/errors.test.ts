import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { ApiError, getErrorMessage, parseRetryAfter } from "./errors";

describe("error messages", () => {
  it("reads Retry-After as seconds or as a date", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("12", now)).toBe(12);
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:01:00 GMT", now)).toBe(60);
    expect(parseRetryAfter(undefined, now)).toBeNull();
    expect(parseRetryAfter("soon", now)).toBeNull();
  });

  it("words each kind of failure for a person", () => {
    expect(getErrorMessage(new ApiError("x", 429, null, 1))).toBe("Too many attempts, try again in 1 second.");
    expect(getErrorMessage(new ApiError("x", 429))).toBe("Too many attempts, try again in a moment.");
    expect(getErrorMessage(new ApiError("x", null))).toMatch(/could not reach its server/);
    expect(
      getErrorMessage(new ApiError("x", 403, { type: "about:blank", title: "Forbidden", status: 403 })),
    ).toBe("Forbidden");
    expect(getErrorMessage(new ApiError("x", 503))).toMatch(/server ran into a problem/);
    expect(getErrorMessage(new ZodError([]))).toMatch(/does not understand/);
    expect(getErrorMessage(new TypeError("boom"))).toBe("Something went wrong. Try again.");
  });
});
