import { beforeEach, describe, expect, it } from "vitest";
import { readRecentPeople, rememberPerson } from "./recent-people";

describe("the people opened last", () => {
  beforeEach(() => window.localStorage.clear());

  it("keeps five per account, the latest first, each once", () => {
    for (const loginId of ["a", "b", "c", "d", "e", "f", "c"]) rememberPerson("hana", { loginId, name: loginId.toUpperCase() });
    rememberPerson("otto", { loginId: "z", name: "Z" });

    expect(readRecentPeople("hana").map((p) => p.loginId)).toEqual(["c", "f", "e", "d", "b"]);
    expect(readRecentPeople("otto")).toEqual([{ loginId: "z", name: "Z" }]);
    expect(readRecentPeople("nobody")).toEqual([]);
  });

  it("ignores an entry it cannot read", () => {
    window.localStorage.setItem("switchboard.recent-people.hana", "{not json");
    expect(readRecentPeople("hana")).toEqual([]);
    window.localStorage.setItem("switchboard.recent-people.hana", JSON.stringify([{ login: "x" }]));
    expect(readRecentPeople("hana")).toEqual([]);
  });
});
