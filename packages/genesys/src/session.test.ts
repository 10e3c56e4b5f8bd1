import { createRedactor } from "@switchboard/upstream-http";
import { describe, expect, it } from "vitest";
import { createSession } from "./session.ts";

describe("the GWS session", () => {
  it("keeps the JSESSIONID among other cookies, and the latest one the server set", () => {
    const session = createSession(createRedactor([]));
    session.absorb({ "set-cookie": ["LB=a; Path=/", "JSESSIONID=one; Path=/gws; HttpOnly"] });
    session.absorb({ "set-cookie": "JSESSIONID=two; Path=/gws" });
    expect(session.headersFor("GET")).toEqual({ cookie: "JSESSIONID=two" });
  });

  it("sends the CSRF header only on writes, and forgets a refused token", () => {
    const session = createSession(createRedactor([]));
    session.absorb({ "x-csrf-header": "X-XSRF-TOKEN", "x-csrf-token": "t1" });
    expect(session.headersFor("GET")).toEqual({});
    expect(session.headersFor("DELETE")).toEqual({ "x-xsrf-token": "t1" });
    session.forgetCsrf();
    expect(session.headersFor("POST")).toEqual({});
  });

  it("ignores a CSRF header name it could not or must not send", () => {
    const session = createSession(createRedactor([]));
    session.absorb({ "x-csrf-header": "Authorization", "x-csrf-token": "t" });
    session.absorb({ "x-csrf-header": "bad name", "x-csrf-token": "t" });
    session.absorb({ "x-csrf-header": "X-CSRF-TOKEN" });
    expect(session.headersFor("POST")).toEqual({});
  });

  it("remembers the cookie and the token as secrets", () => {
    const redactor = createRedactor([]);
    createSession(redactor).absorb({ "set-cookie": "JSESSIONID=abc123", "x-csrf-header": "X-CSRF-TOKEN", "x-csrf-token": "tok456" });
    expect(redactor.redact("abc123 tok456")).toBe("[redacted] [redacted]");
  });

  it("lists the cookie and token in use, for every error however many values rotated since", () => {
    const session = createSession(createRedactor([]));
    expect(session.listSecrets()).toEqual([]);
    session.absorb({ "set-cookie": "JSESSIONID=abc123", "x-csrf-header": "X-CSRF-TOKEN", "x-csrf-token": "tok456" });
    expect(session.listSecrets()).toEqual(["abc123", "tok456"]);
  });
});
