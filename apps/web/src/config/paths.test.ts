import { describe, expect, it } from "vitest";
import { pageTitle, paths } from "./paths";

describe("the route table", () => {
  it("builds the Directory's address with its search", () => {
    expect(paths.directory.getHref()).toBe("/directory");
    expect(paths.directory.getHref("")).toBe("/directory");
    expect(paths.directory.getHref("wei chen")).toBe("/directory?q=wei+chen");
  });

  it("builds the sign-in address with where to go next", () => {
    expect(paths.signIn.getHref()).toBe("/sign-in");
    expect(paths.signIn.getHref("/directory?q=chen")).toBe("/sign-in?next=%2Fdirectory%3Fq%3Dchen");
  });

  it("builds the Audit page's address with its filters, leaving out the empty ones", () => {
    expect(paths.audit.getHref()).toBe("/audit");
    expect(paths.audit.getHref({ actor: "admin", action: "account.create", target: "", from: "2026-05-01T08:00:00.000Z" })).toBe(
      "/audit?actor=admin&action=account.create&from=2026-05-01T08%3A00%3A00.000Z",
    );
  });

  it("builds the Users and Access numbers addresses with their search, sort and filter", () => {
    expect(paths.users.getHref()).toBe("/users");
    expect(paths.users.getHref({ q: "chen", sort: "extension", dir: "desc" })).toBe("/users?q=chen&sort=extension&dir=desc");
    expect(paths.accessNumbers.getHref({ q: "", type: "user" })).toBe("/access-numbers?type=user");
  });

  it("puts a user's login in one path segment, whatever it holds", () => {
    expect(paths.user.getHref("eric.chen")).toBe("/users/eric.chen");
    expect(paths.user.getHref("a/b")).toBe("/users/a%2Fb");
    expect(paths.user.getHref("anna maria")).toBe("/users/anna%20maria");
  });

  it("titles pages with the product's name", () => {
    expect(pageTitle(paths.directory.title)).toBe("Directory · Switchboard");
  });
});
