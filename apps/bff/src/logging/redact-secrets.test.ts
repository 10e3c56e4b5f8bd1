import { describe, expect, it } from "vitest";
import { redactSecrets } from "./redact-secrets.ts";

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

describe("redactSecrets on what code logs", () => {
  it("censors a secret four levels down, as in an HTTP client's error, and keeps the error's message", () => {
    const error = Object.assign(new Error("upstream said no"), { config: { headers: { Authorization: "Bearer t-deep", Accept: "json" } } });
    const redacted = redactSecrets({ err: error });
    expect(redacted.err).toBeInstanceOf(Error);
    expect(redacted.err.message).toBe("upstream said no");
    expect(redacted.err.config.headers).toEqual({ Authorization: "[redacted]", Accept: "json" });
  });

  it("leaves the caller's object as it was", () => {
    const logged = { account: { username: "ann", password: "p" }, list: [{ token: "t" }] };
    const redacted = redactSecrets(logged);
    expect(redacted).toEqual({ account: { username: "ann", password: "[redacted]" }, list: [{ token: "[redacted]" }] });
    expect(logged).toEqual({ account: { username: "ann", password: "p" }, list: [{ token: "t" }] });
  });

  it("hands back a value without secrets as it is, and stops at a reference cycle", () => {
    const clean = { user: { loginId: "ann", team: "Sales" }, count: 3 };
    expect(redactSecrets(clean)).toBe(clean);
    const cyclic: Record<string, unknown> = { name: "loop" };
    cyclic.self = cyclic;
    expect(redactSecrets(cyclic)).toBe(cyclic);
  });

  it("does not look inside objects that are not data, such as a request", () => {
    class Request {
      headers = { cookie: "left to the serializer" };
    }
    const request = new Request();
    expect(redactSecrets({ req: request }).req).toBe(request);
  });
});
