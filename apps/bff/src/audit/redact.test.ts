import { describe, expect, it } from "vitest";
import { redactSecrets } from "./redact.ts";

describe("redactSecrets", () => {
  it("replaces every secret-looking value, however deep", () => {
    expect(redactSecrets({ password: "p", nested: { clientSecret: "s", list: [{ accessToken: "t" }] }, team: "Sales" })).toEqual({
      password: "[redacted]",
      nested: { clientSecret: "[redacted]", list: [{ accessToken: "[redacted]" }] },
      team: "Sales",
    });
  });

  it("keeps a true/false under a secret-looking name: it says whether, never what", () => {
    expect(redactSecrets({ changePassword: true, password: "[set]", generated: false })).toEqual({ changePassword: true, password: "[redacted]", generated: false });
    expect(redactSecrets({ changePassword: "true" })).toEqual({ changePassword: "[redacted]" });
  });
});
