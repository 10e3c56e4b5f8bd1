import { describe, expect, it } from "vitest";
import { createBpccClient } from "./client.ts";
import { resolveOptions } from "./options.ts";

const valid = { baseUrl: "https://example.brightpattern.com/", clientId: "api", clientSecret: "hunter2-secret", scope: "example.brightpattern.com" };

describe("client options", () => {
  it("applies the documented defaults and drops a trailing slash", () => {
    expect(resolveOptions(valid)).toMatchObject({
      baseUrl: "https://example.brightpattern.com",
      timeoutMs: 10_000,
      concurrency: 16,
      retries: 2,
    });
  });

  it("names each bad option and never echoes the secret", () => {
    const attempt = () => createBpccClient({ ...valid, baseUrl: "example.brightpattern.com", scope: "", clientSecret: "hunter2-secret", concurrency: 0 });
    expect(attempt).toThrow(/baseUrl/);
    expect(attempt).toThrow(/scope/);
    expect(attempt).toThrow(/concurrency/);
    expect(attempt).not.toThrow(/hunter2/);
  });

  it("refuses a base URL that is not http or https", () => {
    expect(() => resolveOptions({ ...valid, baseUrl: "file:///etc/passwd" })).toThrow(/baseUrl/);
  });
});
