import type { Problem } from "@switchboard/contracts";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "./errors";
import { createQueryClient } from "./query-client";

// What a failed load does next: the BFF has retried the contact center within its deadline, so its
// answer is final; only a request that got no answer at all is sent once more.

const problem = (status: number, type: string): Problem => ({ type, title: "Contact center timed out", status, detail: "The contact center did not answer in time. Try again." });

/** How many times a query ran its request before it failed for good. */
async function attemptsUntilFailure(error: ApiError): Promise<number> {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 0 } });
  const queryFn = vi.fn(() => Promise.reject(error));
  await queryClient.fetchQuery({ queryKey: ["load"], queryFn }).catch(() => undefined);
  return queryFn.mock.calls.length;
}

describe("retrying a failed load", () => {
  it.each([
    [504, "/problems/upstream-timeout"],
    [502, "/problems/upstream-unavailable"],
    [503, "/problems/upstream-unavailable"],
    [502, "/problems/upstream-credentials"],
  ])("does not repeat the BFF's %i problem %s", async (status, type) => {
    expect(await attemptsUntilFailure(new ApiError("x", status, problem(status, type)))).toBe(1);
  });

  it("does not repeat a request the SPA's own timeout ended", async () => {
    expect(await attemptsUntilFailure(new ApiError("timeout of 20000ms exceeded", null, null, null, true))).toBe(1);
  });

  it("tries a dropped connection once more, and only once", async () => {
    expect(await attemptsUntilFailure(new ApiError("Network Error", null))).toBe(2);
  });

  it("tries once more a 5xx that did not come from the BFF (a proxy in front of it), and never a 4xx", async () => {
    expect(await attemptsUntilFailure(new ApiError("Bad Gateway", 502))).toBe(2);
    expect(await attemptsUntilFailure(new ApiError("Not found", 404, problem(404, "/problems/not-found")))).toBe(1);
  });
});
