import { describe, expect, it } from "vitest";
import { resolveOptions } from "./options.ts";

describe("resolveOptions", () => {
  it("fills in the documented defaults, with a fresh random password each time", () => {
    const config = resolveOptions();
    expect(config).toMatchObject({
      users: 500,
      seed: 42,
      contextPath: "",
      latencyMs: 0,
      jitterMs: 0,
      credentials: { username: "switchboard.api@example.com" },
      quirks: { csrf: true, statusCodes: "documented", errorsWithHttp200: false },
    });
    expect(config.credentials.password).toMatch(/^[A-Za-z0-9]{24}$/);
    expect(resolveOptions().credentials.password).not.toBe(config.credentials.password);
  });

  it("keeps given credentials, context path and quirks", () => {
    const config = resolveOptions({ username: "api@corp.example", password: "pw", contextPath: "/gws/v8", csrf: false, statusCodes: "strings", errorsWithHttp200: true });
    expect(config.credentials).toEqual({ username: "api@corp.example", password: "pw" });
    expect(config.contextPath).toBe("/gws/v8");
    expect(config.quirks).toEqual({ csrf: false, statusCodes: "strings", errorsWithHttp200: true });
  });

  it.each<[object, RegExp]>([
    [{ users: 9 }, /users/],
    [{ users: 50_001 }, /users/],
    [{ users: 10.5 }, /users/],
    [{ username: " " }, /username/],
    [{ username: "a:b" }, /username/],
    [{ password: "" }, /password/],
    [{ contextPath: "gws" }, /contextPath/],
    [{ contextPath: "/gws/" }, /contextPath/],
    [{ contextPath: "/sim" }, /contextPath/],
    [{ statusCodes: "loud" }, /statusCodes/],
    [{ csrf: "yes" }, /csrf/],
    [{ latencyMs: -1 }, /latencyMs/],
    [{ colour: "red" }, /colour/],
  ])("refuses %j with a RangeError naming the option", (bad, name) => {
    expect(() => resolveOptions(bad)).toThrow(RangeError);
    expect(() => resolveOptions(bad)).toThrow(name);
  });
});
