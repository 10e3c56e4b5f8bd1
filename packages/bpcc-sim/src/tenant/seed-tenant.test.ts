import { describe, expect, it } from "vitest";
import { SKILLS, TEAMS } from "./catalog.ts";
import { seedTenant, type SeedOptions } from "./seed-tenant.ts";

const options = (overrides: Partial<SeedOptions> = {}): SeedOptions => ({
  users: 500,
  seed: 42,
  apiUserLoginId: "switchboard-demo",
  referenceTime: Date.UTC(2025, 5, 2),
  now: Date.UTC(2025, 5, 2, 9),
  ...overrides,
});

describe("seedTenant", () => {
  it("gives the same tenant for the same options, and another for another seed", () => {
    expect(seedTenant(options())).toEqual(seedTenant(options()));
    expect(seedTenant(options({ seed: 43 })).users).not.toEqual(seedTenant(options()).users);
  });

  it.each([10, 500, 8_000])("seeds exactly %i users with unique logins and unique 4-digit extensions", (users) => {
    const tenant = seedTenant(options({ users }));
    expect(tenant.users).toHaveLength(users);
    expect(new Set(tenant.users.map((user) => user.loginId)).size).toBe(users);
    expect(new Set(tenant.users.map((user) => user.extension)).size).toBe(users);
    for (const user of tenant.users) expect(user.extension).toMatch(/^\d{4}$/);
  });

  it("holds the collection's example people with their documented extensions, and the API user", () => {
    const byLogin = new Map(seedTenant(options({ users: 10 })).users.map((user) => [user.loginId, user]));
    expect(byLogin.get("eric.chen")).toMatchObject({ firstName: "Eric", lastName: "Chen", extension: "1006" });
    expect(byLogin.get("user")).toMatchObject({ extension: "1000", external: "16505555555", voiceMail: true });
    expect(byLogin.get("frank.zappa")).toMatchObject({ extension: "1048", team: "Customer Service" });
    expect(byLogin.get("testuser004")).toMatchObject({ extension: "2004" });
    expect(byLogin.get("switchboard-demo")).toMatchObject({ firstName: "API", lastName: "User", extension: "1007" });
    expect(byLogin.has("testuser005")).toBe(false);
    const users = [...byLogin.values()];
    expect(users.some((user) => user.lockout.lockedAt !== undefined)).toBe(true);
    expect(users.some((user) => user.disabled)).toBe(true);
  });

  it("makes realistic people: first.last logins, catalogue teams and skills, a few disabled, locked or with DIDs", () => {
    const users = seedTenant(options()).users.slice(9);
    for (const user of users) {
      expect(user.loginId).toMatch(/^[a-z-]+\.[a-z-]+\d*$/);
      expect(TEAMS).toContain(user.team);
      for (const skill of Object.keys(user.skills)) expect(SKILLS).toContain(skill);
      for (const level of Object.values(user.skills)) expect(level).toBeGreaterThanOrEqual(0);
      if (user.external !== undefined) expect(user.external).toMatch(/^1\d{3}555\d{4}$/);
      if (user.greeting) expect(user.voiceMail).toBe(true);
    }
    const share = (predicate: (user: (typeof users)[number]) => boolean) => users.filter(predicate).length / users.length;
    expect(share((user) => user.disabled)).toBeGreaterThan(0.01);
    expect(share((user) => user.lockout.lockedAt !== undefined)).toBeGreaterThan(0.005);
    expect(share((user) => user.external !== undefined)).toBeGreaterThan(0.05);
    expect(share((user) => user.loginInfo.isLoggedIn)).toBeGreaterThan(0.01);
    expect(share((user) => user.loginInfo.lastLogin === undefined)).toBeGreaterThan(0.05);
    expect(new Set(users.map((user) => user.lastName)).size).toBeGreaterThan(100);
  });

  it("lays login history out before the reference time", () => {
    const reference = options().referenceTime;
    for (const user of seedTenant(options()).users.slice(9)) {
      if (user.loginInfo.lastLogin) expect(Date.parse(user.loginInfo.lastLogin)).toBeLessThan(reference);
      if (user.loginInfo.lastLogout) expect(Date.parse(user.loginInfo.lastLogout)).toBeLessThanOrEqual(reference);
    }
  });

  it("seeds 50,000 users with unique extensions and DIDs", () => {
    const users = seedTenant(options({ users: 50_000 })).users;
    expect(new Set(users.map((user) => user.extension)).size).toBe(50_000);
    const dids = users.flatMap((user) => (user.external ? [user.external] : []));
    expect(new Set(dids).size).toBe(dids.length);
  });
});
