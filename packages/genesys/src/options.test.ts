import { describe, expect, it } from "vitest";
import { createGenesysClient } from "./client.ts";
import { resolveOptions } from "./options.ts";

const VALID = { baseUrl: "https://gws.example.com/gws/", username: "api", password: "pa55-SENTINEL" };

describe("client options", () => {
  it("keeps a context path, drops a trailing slash, and fills the defaults", () => {
    expect(resolveOptions(VALID)).toMatchObject({
      baseUrl: "https://gws.example.com/gws",
      timeoutMs: 10_000,
      concurrency: 16,
      retries: 2,
      maxBackoffMs: 1_000,
      pageSize: 100,
    });
  });

  it("names each bad option, never echoing the password", () => {
    const attempt = () => resolveOptions({ ...VALID, baseUrl: "ftp://x", username: "a:b", password: "", concurrency: 0 });
    expect(attempt).toThrow(/baseUrl.*username.*password.*concurrency/);
    const refused = (() => {
      try {
        resolveOptions({ ...VALID, timeoutMs: -1, password: "pa55-SENTINEL", username: "pa55-SENTINEL:" });
      } catch (error) {
        return String(error);
      }
    })();
    expect(refused).toContain("timeoutMs");
    expect(refused).not.toContain("pa55-SENTINEL");
  });

  it("gives the retry budget, never the credentials", () => {
    const client = createGenesysClient({ ...VALID, timeoutMs: 2_500, retries: 3, maxBackoffMs: 400, concurrency: 4 });
    expect(client.limits).toEqual({ timeoutMs: 2_500, retries: 3, maxBackoffMs: 400, concurrency: 4 });
  });
});
