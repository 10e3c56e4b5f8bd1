import type { DirectoryEntry } from "@switchboard/contracts";
import { describe, expect, it } from "vitest";
import { indexDirectory } from "@/lib/search-directory";
import { buildEntry } from "@/testing/fixtures";
import { nextUserSort, parseUserSort, sortUsers, userSortParams, type UserSort } from "./users-table-sort";

const PEOPLE: DirectoryEntry[] = [
  buildEntry({ loginId: "li.chen10", firstName: "Li", lastName: "Chen", extension: "10010", did: "16505550100" }),
  buildEntry({ loginId: "li.chen2", firstName: "Li", lastName: "Chen", extension: "999", did: null }),
  buildEntry({ loginId: "amy", firstName: "Amy", lastName: "Adams", extension: null, did: "442071234567" }),
  buildEntry({ loginId: "bo", firstName: "Bo", lastName: "Berg", extension: "1008", did: "14155550123" }),
  buildEntry({ loginId: "cy", firstName: "Cy", lastName: "Cole", extension: null, did: null }),
  buildEntry({ loginId: "Dee", firstName: "Dee", lastName: "Dunn", extension: "1008", did: "+1 (415) 555-0123" }),
];
const index = indexDirectory(PEOPLE);

function logins(sort: UserSort): string[] {
  return sortUsers(index, sort).map((item) => item.entry.loginId);
}

describe("sorting the users table", () => {
  it("by name: last name, then first name, then login; descending is the exact reverse", () => {
    const ascending = ["amy", "bo", "li.chen10", "li.chen2", "cy", "Dee"];
    expect(logins({ key: "name", direction: "asc" })).toEqual(ascending);
    expect(logins({ key: "name", direction: "desc" })).toEqual(ascending.toReversed());
  });

  it("by login: case aside, and the numbers in a login by value (li.chen2 before li.chen10)", () => {
    expect(logins({ key: "login", direction: "asc" })).toEqual(["amy", "bo", "cy", "Dee", "li.chen2", "li.chen10"]);
    expect(logins({ key: "login", direction: "desc" })).toEqual(["li.chen10", "li.chen2", "Dee", "cy", "bo", "amy"]);
  });

  it("by extension: numerically (999 before 1008 before 10010), ties by name, no extension last either way", () => {
    expect(logins({ key: "extension", direction: "asc" })).toEqual(["li.chen2", "bo", "Dee", "li.chen10", "amy", "cy"]);
    expect(logins({ key: "extension", direction: "desc" })).toEqual(["li.chen10", "bo", "Dee", "li.chen2", "amy", "cy"]);
  });

  it("by DID: on its digits whatever the punctuation, a longer number after a shorter one, no DID last", () => {
    expect(logins({ key: "did", direction: "asc" })).toEqual(["bo", "Dee", "li.chen10", "amy", "li.chen2", "cy"]);
    expect(logins({ key: "did", direction: "desc" })).toEqual(["amy", "li.chen10", "bo", "Dee", "li.chen2", "cy"]);
  });

  it("is stable: the same sort twice gives the same order, and leaves the index as it was", () => {
    const before = index.map((item) => item.entry.loginId);
    expect(logins({ key: "extension", direction: "desc" })).toEqual(logins({ key: "extension", direction: "desc" }));
    expect(index.map((item) => item.entry.loginId)).toEqual(before);
  });
});

describe("the sort in the address", () => {
  it("reads sort and dir, falling back to name ascending for anything unknown", () => {
    expect(parseUserSort(new URLSearchParams("sort=extension&dir=desc"))).toEqual({ key: "extension", direction: "desc" });
    expect(parseUserSort(new URLSearchParams("sort=did"))).toEqual({ key: "did", direction: "asc" });
    expect(parseUserSort(new URLSearchParams("sort=salary&dir=sideways"))).toEqual({ key: "name", direction: "asc" });
    expect(parseUserSort(new URLSearchParams(""))).toEqual({ key: "name", direction: "asc" });
  });

  it("writes nothing for the default", () => {
    expect(userSortParams({ key: "name", direction: "asc" })).toEqual({ sort: undefined, dir: undefined });
    expect(userSortParams({ key: "name", direction: "desc" })).toEqual({ sort: undefined, dir: "desc" });
    expect(userSortParams({ key: "extension", direction: "asc" })).toEqual({ sort: "extension", dir: undefined });
  });

  it("turns the sorted column around, and starts another one ascending", () => {
    expect(nextUserSort({ key: "name", direction: "asc" }, "name")).toEqual({ key: "name", direction: "desc" });
    expect(nextUserSort({ key: "name", direction: "desc" }, "name")).toEqual({ key: "name", direction: "asc" });
    expect(nextUserSort({ key: "extension", direction: "desc" }, "did")).toEqual({ key: "did", direction: "asc" });
  });
});
