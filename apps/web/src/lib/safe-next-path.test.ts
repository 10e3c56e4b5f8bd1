import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

describe("the sign-in page's next", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeNextPath("/directory?q=chen")).toBe("/directory?q=chen");
    expect(safeNextPath("/users/wchen#skills")).toBe("/users/wchen#skills");
  });

  it("falls back to the Directory when there is none", () => {
    expect(safeNextPath(null)).toBe("/directory");
    expect(safeNextPath("")).toBe("/directory");
  });

  it.each([
    "//evil.example/phish",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "directory",
  ])("refuses %j, which would leave the site", (next) => {
    expect(safeNextPath(next)).toBe("/directory");
  });

  it("does not send a person back to the sign-in page", () => {
    expect(safeNextPath("/sign-in?next=/directory")).toBe("/directory");
  });
});
