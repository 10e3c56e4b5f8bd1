import { ProblemSchema } from "@switchboard/contracts";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { ApiError, getErrorMessage, parseRetryAfter, readProblem } from "./errors";

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
    expect(getErrorMessage(new ApiError("x", 429, null, 897))).toBe("Too many attempts, try again in 15 minutes.");
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

describe("reading problem details", () => {
  // readProblem does by hand what the contract's ProblemSchema does (the sign-in page loads no zod):
  // it must accept and refuse the same bodies.
  const bodies: unknown[] = [
    { type: "about:blank", title: "Unauthorized", status: 401 },
    { type: "/problems/sign-in-failed", title: "Sign-in failed", status: 401, detail: "Wrong username or password." },
    { type: "about:blank", title: "Invalid input", status: 400, errors: [{ field: "username", message: "Too long" }] },
    { type: "/problems/edit-conflict", title: "Conflict", status: 409, requestId: "r-1", current: { team: "Sales" } },
    { type: "about:blank", title: "Invalid input", status: 400, errors: [{ field: "username" }] },
    { type: "about:blank", title: "Teapot", status: 418.5 },
    { type: "about:blank", status: 500 },
    { type: "about:blank", title: "Oops", status: 500, detail: 42 },
    "<html>Bad gateway</html>",
    null,
    [],
  ];

  it.each(bodies.map((body) => [JSON.stringify(body), body]))("reads %s as the contract does", (_, body) => {
    const parsed = ProblemSchema.safeParse(body);
    expect(readProblem(body)).toEqual(parsed.success ? parsed.data : null);
  });
});
