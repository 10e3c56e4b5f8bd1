import { describe, expect, it } from "vitest";
import { resolveOptions } from "./options.ts";

describe("resolveOptions", () => {
  it("fills in the documented defaults, with a fresh random secret each time", () => {
    const config = resolveOptions();
    expect(config).toMatchObject({
      users: 500,
      seed: 42,
      tokenTtlSeconds: 3600,
      latencyMs: 0,
      jitterMs: 0,
      credentials: { clientId: "switchboard-demo", scope: "demo.brightpattern.local" },
      policy: { maxLoginAttempts: 6, lockoutDurationMinutes: 30 },
    });
    expect(config.credentials.clientSecret).toMatch(/^[A-Za-z0-9]{64}$/);
    expect(resolveOptions().credentials.clientSecret).not.toBe(config.credentials.clientSecret);
  });

  it("keeps given credentials and policy changes", () => {
    const config = resolveOptions({ clientId: "api", clientSecret: "s", scope: "t.example", securityPolicy: { maxLoginAttempts: 3 } });
    expect(config.credentials).toEqual({ clientId: "api", clientSecret: "s", scope: "t.example" });
    expect(config.policy).toMatchObject({ maxLoginAttempts: 3, lockoutDurationMinutes: 30 });
  });

  it.each<[object, RegExp]>([
    [{ users: 9 }, /users/],
    [{ users: 50_001 }, /users/],
    [{ users: 10.5 }, /users/],
    [{ clientId: " " }, /clientId/],
    [{ latencyMs: -1 }, /latencyMs/],
    [{ colour: "red" }, /colour/],
  ])("refuses %j, naming the option", (bad, name) => {
    expect(() => resolveOptions(bad)).toThrow(name);
  });
});
