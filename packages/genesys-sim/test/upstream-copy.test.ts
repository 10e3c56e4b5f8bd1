import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The documents this simulator follows, kept in the clone; the team's originals sit beside the repository.
const COPIES = [
  ["../../../docs/upstream/genesys-htcc-8.5-users-api.txt", "../../../../shared/seeds/genesys-htcc-8.5-users-api.txt"],
  ["../../../docs/upstream/genesys-gws-notes.md", "../../../../shared/genesys-gws-notes.md"],
] as const;

describe("the repository's copies of the Genesys seed and notes", () => {
  it.each(COPIES)("%s is the team's original byte for byte, where the original is beside the repository", (copyPath, originalPath) => {
    const copy = readFileSync(new URL(copyPath, import.meta.url));
    expect(copy.length).toBeGreaterThan(1_000);
    const original = new URL(originalPath, import.meta.url);
    if (existsSync(original)) expect(copy.equals(readFileSync(original))).toBe(true);
  });
});
