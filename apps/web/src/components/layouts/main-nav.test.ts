import { describe, expect, it } from "vitest";
import { currentNavHref } from "./main-nav";

const ITEMS = [
  { label: "Directory", href: "/directory" },
  { label: "Users", href: "/users" },
  { label: "New user", href: "/users/new" },
];

describe("the navigation's current page", () => {
  it("is the most specific entry whose path holds the page", () => {
    expect(currentNavHref(ITEMS, "/users/new")).toBe("/users/new");
    expect(currentNavHref(ITEMS, "/users/eric.chen")).toBe("/users");
    expect(currentNavHref(ITEMS, "/users")).toBe("/users");
  });

  it("goes by whole path segments, and is none outside every entry", () => {
    expect(currentNavHref(ITEMS, "/usersettings")).toBeUndefined();
    expect(currentNavHref(ITEMS, "/users/newcomer")).toBe("/users");
    expect(currentNavHref(ITEMS, "/no-such-page")).toBeUndefined();
  });
});
