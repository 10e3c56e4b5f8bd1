import { describe, expect, it } from "vitest";
import { SessionStore } from "./sessions.ts";

describe("SessionStore", () => {
  it("opens sessions with Tomcat-shaped ids and UUID tokens, and finds them again", () => {
    const store = new SessionStore();
    const session = store.open();
    expect(session.id).toMatch(/^[0-9A-F]{32}$/);
    expect(session.csrfToken).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(store.find(session.id)).toBe(session);
    expect(store.find("nope")).toBeUndefined();
    expect(store.find(undefined)).toBeUndefined();
  });

  it("rotates every token, and forgets every session on expiry", () => {
    const store = new SessionStore();
    const session = store.open();
    const token = session.csrfToken;
    store.rotateCsrfTokens();
    expect(store.find(session.id)?.csrfToken).not.toBe(token);
    store.expireAll();
    expect(store.find(session.id)).toBeUndefined();
  });

  it("keeps at most its limit, forgetting the oldest", () => {
    const store = new SessionStore(3);
    const [first, ...rest] = Array.from({ length: 4 }, () => store.open());
    expect(store.size).toBe(3);
    expect(store.find(first?.id)).toBeUndefined();
    for (const session of rest) expect(store.find(session.id)).toBe(session);
  });
});
