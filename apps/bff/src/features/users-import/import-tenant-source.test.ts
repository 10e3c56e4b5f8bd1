import { describe, expect, it } from "vitest";
import { BpccError } from "@switchboard/bpcc";
import { BPCC_CAPABILITIES } from "../../platform/bpcc-platform.ts";
import { GENESYS_CAPABILITIES } from "../../platform/genesys-platform.ts";
import type { PlatformUser } from "../../platform/platform.ts";
import { createPlatformTenantSource } from "./import-tenant-source.ts";

const userNamed = (loginId: string): PlatformUser => ({
  loginId,
  firstName: "A",
  lastName: "B",
  team: "Sales",
  extension: null,
  email: null,
  workPhone: null,
  mobilePhone: null,
  roles: [],
  skills: {},
  disabled: false,
  changePassword: false,
});

/** A platform whose reads take a moment, counting how many are in flight at most. */
function slowPlatform(options: { missing?: string[]; failing?: string[] } = {}) {
  let inFlight = 0;
  const seen = { maxInFlight: 0, reads: [] as string[], teamReads: 0 };
  const platform = {
    capabilities: BPCC_CAPABILITIES,
    async getUser(loginId: string) {
      seen.reads.push(loginId);
      inFlight += 1;
      seen.maxInFlight = Math.max(seen.maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight -= 1;
      if (options.missing?.includes(loginId)) throw new BpccError("no such user", { kind: "not_found", status: 404 });
      if (options.failing?.includes(loginId)) throw new BpccError("down", { kind: "unavailable", status: 503 });
      return userNamed(loginId);
    },
  };
  const teams = {
    listTeams: async () => {
      seen.teamReads += 1;
      return { teams: [{ name: "Sales" }, { name: "Support" }] };
    },
  };
  return { platform, teams, seen };
}

describe("the tenant a preview reads from the platform", () => {
  it("reads each login once, never more than the concurrency at a time; a not-found is no user", async () => {
    const { platform, teams, seen } = slowPlatform({ missing: ["new.3"] });
    const source = createPlatformTenantSource({ platform, teams, skillsSeen: { names: () => ["English"] }, concurrency: 3 });
    const logins = ["a", "b", "a", " c ", "", ...Array.from({ length: 20 }, (_, i) => `new.${i}`)];

    const tenant = await source.load(logins);

    expect(seen.reads.toSorted()).toEqual(["a", "b", "c", ...Array.from({ length: 20 }, (_, i) => `new.${i}`)].toSorted());
    expect(seen.maxInFlight).toBe(3);
    expect(tenant.users.has("a")).toBe(true);
    expect(tenant.users.has("new.3")).toBe(false);
    expect(tenant.teams).toEqual(["Sales", "Support"]);
    expect(tenant.skills).toEqual({ names: ["English"], complete: false });
  });

  it("fails the preview when a read fails otherwise: it must not take a user for missing", async () => {
    const { platform, teams } = slowPlatform({ failing: ["b"] });
    const source = createPlatformTenantSource({ platform, teams, skillsSeen: { names: () => [] }, concurrency: 2 });
    await expect(source.load(["a", "b"])).rejects.toMatchObject({ kind: "unavailable" });
  });

  it("asks for no teams on a platform without them", async () => {
    const { platform, teams, seen } = slowPlatform();
    const source = createPlatformTenantSource({ platform: { ...platform, capabilities: GENESYS_CAPABILITIES }, teams, skillsSeen: { names: () => [] }, concurrency: 2 });
    expect((await source.load(["a"])).teams).toBeNull();
    expect(seen.teamReads).toBe(0);
  });
});
