import type { DirectoryEntry } from "@switchboard/contracts";
import { describe, expect, it } from "vitest";
import type { Platform } from "../../platform/platform.ts";
import { createDirectoryService } from "./directory-service.ts";

function person(loginId: string, lastName: string): DirectoryEntry {
  return { loginId, firstName: "A", lastName, extension: null, did: null, voiceMail: false, greeting: false };
}

/** A platform whose directory answers only when the test says so, counting the calls. */
function slowPlatform() {
  const pending: Array<(users: DirectoryEntry[]) => void> = [];
  const platform: Pick<Platform, "listDirectory"> = {
    listDirectory: () => new Promise<DirectoryEntry[]>((resolve) => pending.push(resolve)),
  };
  return { platform, pending };
}

describe("the directory cache", () => {
  it("shares one upstream call between concurrent readers and sorts by last name", async () => {
    const { platform, pending } = slowPlatform();
    const service = createDirectoryService(platform, { ttlMs: 30_000 });
    const [a, b] = [service.getSnapshot(), service.getSnapshot()];
    expect(pending).toHaveLength(1);
    pending[0]!([person("z", "Zhou"), person("c", "Chen")]);
    const [first, second] = await Promise.all([a, b]);
    expect(first).toBe(second);
    expect(JSON.parse(first.body).users.map((u: DirectoryEntry) => u.loginId)).toEqual(["c", "z"]);
  });

  it("orders people by last name, then first name, then login, with accents and case aside", async () => {
    const { platform, pending } = slowPlatform();
    const service = createDirectoryService(platform, { ttlMs: 30_000 });
    const snapshot = service.getSnapshot();
    const named = (loginId: string, firstName: string, lastName: string): DirectoryEntry => ({ ...person(loginId, lastName), firstName });
    pending[0]!([
      named("zoe.b", "Zoé", "Brown"),
      named("ann.b2", "ann", "brown"),
      named("ann.b1", "Ann", "Brown"),
      named("emile.a", "Émile", "Åberg"),
      named("bo.a", "Bo", "Aberg"),
      named("al.c", "Al", "Chen"),
    ]);
    const order = (JSON.parse((await snapshot).body) as { users: DirectoryEntry[] }).users.map((u) => u.loginId);
    expect(order).toEqual(["bo.a", "emile.a", "ann.b1", "ann.b2", "zoe.b", "al.c"]);
  });

  it("gives a user's direct number from the same list, whatever the case of the login", async () => {
    const { platform, pending } = slowPlatform();
    const service = createDirectoryService(platform, { ttlMs: 30_000 });
    const did = service.directNumberOf("Wei.Chen");
    pending[0]!([{ ...person("wei.chen", "Chen"), did: "16505555555" }, person("amy", "Adams")]);
    expect(await did).toBe("16505555555");
    expect(await service.directNumberOf("amy")).toBeNull();
    expect(await service.directNumberOf("nobody")).toBeNull();
    expect(pending).toHaveLength(1);
  });

  it("serves the same body, ETag and compressed copy when a refresh finds nobody changed, and builds anew when someone did", async () => {
    const { platform, pending } = slowPlatform();
    let clock = 0;
    const service = createDirectoryService(platform, { ttlMs: 1_000, now: () => clock });
    const first = service.getSnapshot();
    pending[0]!([person("a", "Adams"), person("b", "Brown")]);
    const before = await first;
    const gzipped = await before.encoded("gzip");

    clock = 2_000;
    const refreshed = service.getSnapshot();
    pending[1]!([person("a", "Adams"), person("b", "Brown")]); // new objects, the same values
    const same = await refreshed;
    expect(pending).toHaveLength(2);
    expect(same.body).toBe(before.body);
    expect(same.etag).toBe(before.etag);
    expect(same.fetchedAt).toBe(2_000);
    expect(await same.encoded("gzip")).toBe(gzipped);

    clock = 4_000;
    const changed = service.getSnapshot();
    pending[2]!([person("a", "Adams"), { ...person("b", "Brown"), did: "16505550100" }]);
    const after = await changed;
    expect(after.etag).not.toBe(before.etag);
    expect(JSON.parse(after.body).users[1]).toMatchObject({ loginId: "b", did: "16505550100" });
    expect(await service.directNumberOf("b")).toBe("16505550100");
  });

  it("does not keep a list that was loading when a change invalidated it", async () => {
    const { platform, pending } = slowPlatform();
    const service = createDirectoryService(platform, { ttlMs: 30_000 });
    const stale = service.getSnapshot();
    service.invalidate(); // a user was created meanwhile
    pending[0]!([person("a", "Old")]);
    await stale;

    const fresh = service.getSnapshot();
    expect(pending).toHaveLength(2);
    pending[1]!([person("a", "Old"), person("b", "New")]);
    expect(JSON.parse((await fresh).body).users).toHaveLength(2);
  });
});
