import { describe, expect, it } from "vitest";
import { seedTenant } from "./seed-tenant.ts";

const seed = (users: number, seedNumber = 42) => seedTenant({ users, seed: seedNumber, apiUserName: "api@example.com", apiPassword: "pw" });

describe("seedTenant", () => {
  it("is deterministic: same options, same tenant; another seed, another tenant", () => {
    expect(seed(200)).toEqual(seed(200));
    expect(seed(200, 7).users[10]?.id).not.toBe(seed(200).users[10]?.id);
  });

  it("seeds the API user first, then the fixture people, then generated ones", () => {
    const tenant = seed(50);
    expect(tenant.users[0]).toMatchObject({ userName: "api@example.com", roles: ["ROLE_ADMIN"], password: "pw" });
    expect(tenant.users.slice(1, 5).map((user) => user.userName)).toEqual(["eric.chen@example.com", "dale.turner@example.com", "wanda.bui@example.com", "edna.partee@example.com"]);
    expect(tenant.users).toHaveLength(50);
  });

  it("gives unique 32-hex ids, unique e-mail user names, uuid skills and unique phone numbers at 50,000 users, well under 5 s", () => {
    const started = performance.now();
    const tenant = seed(50_000);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(tenant.users).toHaveLength(50_000);
    const ids = new Set(tenant.users.map((user) => user.id));
    expect(ids.size).toBe(50_000);
    expect([...ids].every((id) => /^[0-9a-f]{32}$/.test(id))).toBe(true);
    expect(new Set(tenant.users.map((user) => user.userName.toLowerCase())).size).toBe(50_000);
    expect(tenant.users.every((user) => /^[a-z0-9.-]+@example\.com$/.test(user.userName))).toBe(true);
    const devices = tenant.users.flatMap((user) => user.devices);
    expect(new Set(devices.map((device) => device.e164Number)).size).toBe(devices.length);
    expect(new Set(devices.map((device) => device.id)).size).toBe(devices.length);
    expect(tenant.skills.every((skill) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(skill.id))).toBe(true);
    const share = (predicate: (user: (typeof tenant.users)[number]) => boolean) => tenant.users.filter(predicate).length / tenant.users.length;
    expect(share((user) => !user.enabled)).toBeCloseTo(0.05, 1);
    expect(share((user) => user.roles.includes("ROLE_ADMIN"))).toBeCloseTo(0.04, 1);
    expect(share((user) => user.devices.length === 0)).toBeCloseTo(0.06, 1);
  }, 20_000);
});
