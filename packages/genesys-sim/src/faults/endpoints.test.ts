import { describe, expect, it } from "vitest";
import { isValidSelector, selects } from "./endpoints.ts";

describe("selects", () => {
  it("groups: users, skills (a user's included), devices (a user's included), me", () => {
    expect(selects("users", "DELETE /users/:id")).toBe(true);
    expect(selects("users", "GET /users/:id/skills")).toBe(false);
    expect(selects("skills", "POST /users/:id/skills")).toBe(true);
    expect(selects("skills", "GET /skills")).toBe(true);
    expect(selects("devices", "GET /users/:id/devices")).toBe(true);
    expect(selects("me", "GET /me")).toBe(true);
    expect(selects("me", "GET /users")).toBe(false);
  });

  it("reads, writes, one endpoint, one path with any method", () => {
    expect(selects("reads", "GET /devices")).toBe(true);
    expect(selects("writes", "PUT /users/:id")).toBe(true);
    expect(selects("writes", "GET /users/:id")).toBe(false);
    expect(selects("/users/:id", "POST /users/:id")).toBe(true);
    expect(selects("/users/:id", "POST /users")).toBe(false);
    expect(selects("POST /users", "POST /users")).toBe(true);
  });

  it("knows which selectors exist", () => {
    expect(["all", "reads", "writes", "users", "skills", "devices", "me", "GET /me", "/users/:id/skills/:skillId"].every(isValidSelector)).toBe(true);
    expect(isValidSelector("GET /user/:username")).toBe(false);
  });
});
