import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { LONGEST_REQUEST_DEADLINE_MS } from "@switchboard/contracts";
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

describe("a BFF that does not answer", () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
    server = undefined;
  });

  /** A server that takes requests and never answers them, on 127.0.0.1; its base URL. */
  async function startSilentServer(): Promise<string> {
    const silent = createServer(() => {});
    server = silent;
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  }

  it("waits longer than the BFF's longest deadline, so the BFF's 504 arrives first", () => {
    expect(apiClient.defaults.timeout).toBeGreaterThan(LONGEST_REQUEST_DEADLINE_MS);
  });

  it("marks a request its own timeout ended as timed out, not as unreachable", async () => {
    connect();
    const baseURL = await startSilentServer();

    const error = await apiClient.get("/directory", { baseURL, timeout: 200, adapter: "xhr" }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: null, timedOut: true });
  });

  it("marks a request that reached no server as unreachable, not timed out", async () => {
    connect();
    const baseURL = await startSilentServer();
    server?.close();

    const error = await apiClient.get("/directory", { baseURL, adapter: "xhr" }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: null, timedOut: false });
  });
});
