import { BpccError } from "@switchboard/bpcc";
import type { DirectoryEntry } from "@switchboard/contracts";
import { describe, expect, it } from "vitest";
import type { Platform, PlatformUser } from "../../platform/platform.ts";
import { createUserIndex } from "./user-index.ts";

const tick = (ms = 1) => new Promise((resolve) => setTimeout(resolve, ms));

function userOf(loginId: string, overrides: Partial<PlatformUser> = {}): PlatformUser {
  return {
    loginId,
    firstName: `First ${loginId}`,
    lastName: `Last ${loginId}`,
    team: "Sales",
    extension: null,
    email: null,
    workPhone: null,
    mobilePhone: null,
    roles: ["Agent"],
    skills: { English: 80 },
    disabled: false,
    changePassword: false,
    loginInfo: null,
    ...overrides,
  };
}

function entryOf(loginId: string): DirectoryEntry {
  return { loginId, firstName: "", lastName: "", extension: null, did: null, voiceMail: false, greeting: false };
}

const unused = () => Promise.reject(new Error("not used by the index"));

/** A BPCC-like platform over `tenant`, recording how many reads are in flight at most. */
function fakePlatform(tenant: Map<string, PlatformUser>, options: { latencyMs?: number; failing?: Set<string> } = {}) {
  const seen = { inFlight: 0, most: 0, reads: 0, directoryReads: 0 };
  const platform: Platform = {
    capabilities: { platform: "bpcc", operations: [], editableUserFields: [] },
    userCarriesDirectNumber: false,
    checkReady: () => Promise.resolve(),
    async listDirectory() {
      seen.directoryReads += 1;
      await tick();
      return [...tenant.keys()].map(entryOf);
    },
    async getUser(loginId) {
      seen.reads += 1;
      seen.inFlight += 1;
      seen.most = Math.max(seen.most, seen.inFlight);
      try {
        await tick(options.latencyMs ?? 1);
        if (options.failing?.has(loginId)) throw new BpccError("unavailable", { kind: "unavailable", status: 503 });
        const user = tenant.get(loginId);
        if (!user) throw new BpccError("not found", { kind: "not_found", status: 404 });
        return user;
      } finally {
        seen.inFlight -= 1;
      }
    },
    createUser: unused,
    updateUser: unused,
    deleteUser: unused,
    getLockState: unused,
    unlock: unused,
    resetPassword: unused,
    listTeams: unused,
    listAccessNumbers: unused,
  };
  return { platform, seen };
}

function tenantOf(count: number): Map<string, PlatformUser> {
  return new Map(Array.from({ length: count }, (_, i) => [`u${i}`, userOf(`u${i}`, { team: i % 2 ? "Sales" : null, skills: { English: i } })]));
}

describe("the user index", () => {
  it("reads every user of a BPCC tenant with never more than the configured concurrency in flight", async () => {
    const { platform, seen } = fakePlatform(tenantOf(200));
    const index = createUserIndex({ platform, concurrency: 7 });

    await index.refresh();

    expect(seen.most).toBe(7);
    expect(seen.reads).toBe(200);
    expect(index.rows()).toHaveLength(200);
    expect(index.status()).toMatchObject({ state: "ready", done: 200, total: 200, failed: 0 });
    expect(index.status().indexedAt).not.toBeNull();
  });

  it("says it is filling, with its progress, and serves the last whole index meanwhile", async () => {
    const { platform } = fakePlatform(tenantOf(40), { latencyMs: 5 });
    const index = createUserIndex({ platform, concurrency: 4 });
    expect(index.status()).toMatchObject({ state: "stale", indexedAt: null, done: 0, total: 0 });

    const first = index.refresh();
    await tick(20);
    const midway = index.status();
    const scoped = index.status(["Sales"]);
    expect(midway.state).toBe("filling");
    expect(midway.total).toBe(40);
    expect(midway.done).toBeGreaterThan(0);
    expect(midway.done).toBeLessThan(40);
    // An account scoped to teams is told the share read, not the tenant's count (decision 023).
    expect(scoped).toEqual({ state: "filling", indexedAt: null, percent: Math.floor(((midway.done ?? 0) * 100) / 40), failed: 0 });
    expect(index.rows()).toEqual([]);
    await first;
    expect(index.rows()).toHaveLength(40);
    expect(index.status()).toMatchObject({ done: 40, total: 40, percent: 100 });

    const second = index.refresh();
    expect(index.status()).toMatchObject({ state: "filling", done: 0, total: 0, percent: 0 });
    await second;
  });

  it("shares one fill between callers who ask for it at the same time", async () => {
    const { platform, seen } = fakePlatform(tenantOf(10));
    const index = createUserIndex({ platform, concurrency: 3 });

    await Promise.all([index.refresh(), index.refresh(), index.refresh()]);
    index.fillIfEmpty();

    expect(seen.directoryReads).toBe(1);
    expect(seen.reads).toBe(10);
    await index.refresh();
    expect(seen.directoryReads).toBe(2);
  });

  it("counts the users it could not read, keeps what it read of them before, and leaves out users deleted meanwhile", async () => {
    const tenant = tenantOf(10);
    const failing = new Set<string>();
    const { platform } = fakePlatform(tenant, { failing });
    const index = createUserIndex({ platform, concurrency: 3 });
    await index.refresh();

    failing.add("u3");
    failing.add("u4");
    tenant.set("u4", userOf("u4", { team: "Changed" }));
    const deletedMeanwhile = platform.listDirectory.bind(platform);
    platform.listDirectory = async () => {
      const entries = await deletedMeanwhile();
      tenant.delete("u5");
      return entries;
    };
    await index.refresh();

    expect(index.status()).toMatchObject({ state: "ready", total: 10, failed: 2 });
    const logins = index.rows().map((row) => row.loginId);
    expect(logins).toContain("u3");
    expect(logins).not.toContain("u5");
    expect(index.rows().find((row) => row.loginId === "u4")?.team).toBeNull();
  });

  it("is stale with the reason when the user list cannot be read, and after its freshness limit", async () => {
    let clock = 1_000_000;
    const { platform } = fakePlatform(tenantOf(3));
    const index = createUserIndex({ platform, concurrency: 2, staleAfterMs: 60_000, now: () => clock });
    await index.refresh();
    expect(index.status().state).toBe("ready");

    clock += 61_000;
    expect(index.status().state).toBe("stale");

    platform.listDirectory = () => Promise.reject(new BpccError("down", { kind: "unavailable", status: 503 }));
    await index.refresh();
    expect(index.status()).toMatchObject({ state: "stale", error: expect.stringContaining("could not be read") });
    expect(index.rows()).toHaveLength(3);
  });

  it("follows changes made through Switchboard in place: an edit, a delete, a create read again", async () => {
    const tenant = tenantOf(3);
    const { platform } = fakePlatform(tenant);
    const index = createUserIndex({ platform, concurrency: 2 });
    await index.refresh();

    index.changed("u1", userOf("u1", { team: "Support", skills: { French: 90 } }));
    index.changed("u2", null);
    tenant.set("new", userOf("new", { lastName: "Aaron" }));
    index.changed("new");
    await tick(5);

    const rows = index.rows();
    expect(rows.find((row) => row.loginId === "u1")).toMatchObject({ team: "Support", skills: { French: 90 } });
    expect(rows.map((row) => row.loginId)).not.toContain("u2");
    expect(rows[0]?.loginId).toBe("new");
  });

  it("keeps a change made while a fill runs over what that fill read before it", async () => {
    const tenant = tenantOf(20);
    const { platform } = fakePlatform(tenant, { latencyMs: 3 });
    const index = createUserIndex({ platform, concurrency: 2 });
    const filling = index.refresh();
    await tick(4);
    // The fill has read (or will read) u0 as it was; Switchboard then changes and deletes users.
    index.changed("u0", userOf("u0", { team: "Moved" }));
    index.changed("u19", null);
    await filling;

    expect(index.rows().find((row) => row.loginId === "u0")?.team).toBe("Moved");
    expect(index.rows().map((row) => row.loginId)).not.toContain("u19");
  });

  it("filters by team (or none), skill and level band, and name or login", async () => {
    const { platform } = fakePlatform(tenantOf(10));
    const index = createUserIndex({ platform, concurrency: 2 });
    await index.refresh();

    expect(index.rows({ team: "Sales" }).map((row) => row.loginId).sort()).toEqual(["u1", "u3", "u5", "u7", "u9"]);
    expect(index.rows({ team: "-" })).toHaveLength(5);
    expect(index.rows({ skill: "English", minLevel: 4, maxLevel: 6 }).map((row) => row.loginId).sort()).toEqual(["u4", "u5", "u6"]);
    expect(index.rows({ skill: "Klingon" })).toEqual([]);
    expect(index.rows({ q: "last u7" }).map((row) => row.loginId)).toEqual(["u7"]);
  });

  it("on a platform that lists users with details (Genesys), fills from that list without one read per user", async () => {
    const { platform, seen } = fakePlatform(new Map());
    platform.listUsers = async () => [userOf("ana", { team: null, loginInfo: null, devices: [], doNotDisturb: false }), userOf("bo", { team: null })];
    const index = createUserIndex({ platform, concurrency: 2 });

    await index.refresh();

    expect(seen.reads).toBe(0);
    expect(seen.directoryReads).toBe(0);
    expect(index.status()).toMatchObject({ state: "ready", done: 2, total: 2, failed: 0 });
    expect(index.users()[0]).not.toHaveProperty("devices");
    expect(index.rows().map((row) => row.loginId)).toEqual(["ana", "bo"]);
  });
});
