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

describe("a contact center or a server that does not answer", () => {
  const problemOf = (status: number, type: string, detail: string) => ({ type, title: "Contact center timed out", status, detail });

  it("words the BFF's 504, 502 and 503 about the contact center as the contact center not answering", () => {
    for (const [status, type] of [
      [504, "/problems/upstream-timeout"],
      [502, "/problems/upstream-unavailable"],
      [503, "/problems/upstream-unavailable"],
    ] as const) {
      const error = new ApiError("x", status, problemOf(status, type, "The contact center did not answer in time. Try again."));
      expect(getErrorMessage(error)).toBe("The contact center is not answering right now. Try again in a moment.");
    }
  });

  it("keeps the BFF's own words for a change whose outcome is unknown, and for refused credentials", () => {
    const lost = "The contact center did not answer in time, so the password may or may not have been changed. Reset it again before you give one out.";
    expect(getErrorMessage(new ApiError("x", 504, problemOf(504, "/problems/outcome-unknown", lost)))).toBe(lost);
    const credentials = "The platform rejected Switchboard's API credentials. An operator should check BPCC_CLIENT_ID, BPCC_CLIENT_SECRET and BPCC_SCOPE.";
    expect(getErrorMessage(new ApiError("x", 502, problemOf(502, "/problems/upstream-credentials", credentials)))).toBe(credentials);
  });

  it("points at the connection only when the BFF could not be reached at all", () => {
    expect(getErrorMessage(new ApiError("Network Error", null))).toBe("Switchboard could not reach its server. Check your connection and try again.");
    const timedOut = getErrorMessage(new ApiError("timeout of 20000ms exceeded", null, null, null, true));
    expect(timedOut).toBe("Switchboard’s server did not answer in time. Try again in a moment.");
    expect(timedOut).not.toMatch(/connection/);
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
