import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COLLECTION_PATH, SHARED_COLLECTION_PATH } from "./collection.ts";

describe("the repository's copy of the seed collection", () => {
  it("is the team's original byte for byte, where the original is beside the repository", () => {
    const copy = readFileSync(COLLECTION_PATH);
    expect(copy.length).toBeGreaterThan(50_000);
    if (existsSync(SHARED_COLLECTION_PATH)) expect(copy.equals(readFileSync(SHARED_COLLECTION_PATH))).toBe(true);
  });
});
