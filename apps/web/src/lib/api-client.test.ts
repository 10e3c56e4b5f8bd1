import { afterEach, describe, expect, it, vi } from "vitest";
import { json, mockApi, problem } from "@/testing/mock-api";
import { apiClient, configureApiClient } from "./api-client";
import { ApiError } from "./errors";

function connect(token: string | undefined = "csrf-1") {
  const onUnauthorized = vi.fn();
  configureApiClient({ getCsrfToken: () => token, onUnauthorized });
  return onUnauthorized;
}

afterEach(() => {
  configureApiClient({ getCsrfToken: () => undefined, onUnauthorized: () => {} });
});

describe("the API client", () => {
  it("sends the session's CSRF token on changes, and never on reads", async () => {
    connect("csrf-1");
    const api = mockApi({
      "GET /api/directory": json({ users: [] }),
      "DELETE /api/session": { status: 204 },
    });

    await apiClient.get("/directory");
    await apiClient.delete("/session");

    expect(api.callsTo("GET /api/directory")[0]?.headers.has("X-CSRF-Token")).toBe(false);
    expect(api.callsTo("DELETE /api/session")[0]?.headers.get("X-CSRF-Token")).toBe("csrf-1");
  });

  it("turns a problem answer into an ApiError with its details", async () => {
    connect();
    mockApi({
      "POST /api/session": problem(
        429,
        { title: "Too Many Requests", detail: "Slow down.", requestId: "r-1" },
        { "retry-after": "30" },
      ),
    });

    const error = await apiClient.post("/session", {}, { skipUnauthorizedRedirect: true }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 30, message: "Slow down." });
    expect((error as ApiError).problem?.requestId).toBe("r-1");
  });

  it("reports a 401 as a lost session, except from the session calls", async () => {
    const onUnauthorized = connect();
    mockApi({
      "GET /api/directory": problem(401, { title: "Unauthorized" }),
      "GET /api/session": problem(401, { title: "Unauthorized" }),
    });

    await expect(apiClient.get("/session", { skipUnauthorizedRedirect: true })).rejects.toThrow();
    expect(onUnauthorized).not.toHaveBeenCalled();

    await expect(apiClient.get("/directory")).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});
