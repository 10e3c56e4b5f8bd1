import { describe, expect, it } from "vitest";
import { buildEntry } from "@/testing/fixtures";
import { directoryIndexOf } from "@/lib/search-directory";
import { MAX_PEOPLE, rankPeople, recentFirst } from "./rank-people";

const PEOPLE = [
  buildEntry({ loginId: "hannah.bell", firstName: "Hannah", lastName: "Bell", extension: "2001" }),
  buildEntry({ loginId: "ann", firstName: "Ann", lastName: "Zeller", extension: "2002" }),
  buildEntry({ loginId: "joanna.kim", firstName: "Joanna", lastName: "Kim", extension: "1200", did: "16505550199" }),
  buildEntry({ loginId: "b.annett", firstName: "Bo", lastName: "Annett", extension: "3001" }),
];

const logins = (query: string) => rankPeople(directoryIndexOf(PEOPLE), query).map((entry) => entry.loginId);

describe("the palette's ranking of people", () => {
  it("puts the exact login first, then those where a word starts with the search, then the rest", () => {
    expect(logins("ann")).toEqual(["ann", "b.annett", "hannah.bell", "joanna.kim"]);
  });

  it("finds an extension exactly before one it is part of, and a phone number digit by digit", () => {
    expect(logins("200")).toEqual(["hannah.bell", "ann", "joanna.kim"]);
    expect(logins("2002")).toEqual(["ann"]);
    expect(logins("120")).toEqual(["joanna.kim"]);
    expect(logins("(650) 555-0199")).toEqual(["joanna.kim"]);
  });

  it("offers no one for an empty search, and at most fifty", () => {
    expect(logins("  ")).toEqual([]);
    const many = Array.from({ length: 200 }, (_, i) => buildEntry({ loginId: `agent${i}`, firstName: "Agent", lastName: String(i) }));
    expect(rankPeople(directoryIndexOf(many), "agent")).toHaveLength(MAX_PEOPLE);
  });

  it("builds the index once per directory download", () => {
    expect(directoryIndexOf(PEOPLE)).toBe(directoryIndexOf(PEOPLE));
  });

  it("moves the people opened last to the front, latest first", () => {
    const ranked = rankPeople(directoryIndexOf(PEOPLE), "ann");
    expect(recentFirst(ranked, ["joanna.kim", "hannah.bell"]).map((entry) => entry.loginId)).toEqual([
      "joanna.kim",
      "hannah.bell",
      "ann",
      "b.annett",
    ]);
  });
});
