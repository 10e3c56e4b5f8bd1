import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../db/database.ts";
import { BPCC_CAPABILITIES } from "../platform/bpcc-platform.ts";
import { GENESYS_CAPABILITIES } from "../platform/genesys-platform.ts";
import { createAccountsStore, type AccountsStore } from "./accounts-store.ts";
import { inTeamScope } from "@switchboard/contracts";
import { refuseUserOutsideScope, teamScopeOf } from "./team-scope.ts";
import { teamScopeRefusal } from "./team-scope-start.ts";

describe("a team scope", () => {
  it("compares team names without case, and leaves a user with no team outside", () => {
    expect(inTeamScope(["Sales East"], "sales east")).toBe(true);
    expect(inTeamScope(["Sales East"], "Sales West")).toBe(false);
    expect(inTeamScope(["Sales East"], null)).toBe(false);
    expect(inTeamScope(null, null)).toBe(true);
  });

  it("never applies to an admin", () => {
    expect(teamScopeOf("admin", ["Sales"])).toBeNull();
    expect(teamScopeOf("supervisor", ["Sales"])).toEqual(["Sales"]);
  });

  it("refuses with a 403 that names the user's team and the scope", () => {
    expect(() => refuseUserOutsideScope(["Sales East", "Sales West"], { loginId: "ann", team: "Billing" })).toThrow(
      expect.objectContaining({ status: 403, type: "/problems/outside-team-scope", message: "ann is in team Billing; your account is scoped to Sales East, Sales West." }),
    );
  });
});

describe("starting on a platform without teams", () => {
  let db: Db;
  let accounts: AccountsStore;
  beforeEach(async () => {
    db = await openDatabase(":memory:");
    accounts = createAccountsStore(db);
    await accounts.create({ username: "root", passwordHash: "x", role: "admin", teams: ["Sales"] });
  });
  afterEach(() => db.close());

  it("is refused, naming the scoped accounts, and not while none is scoped", async () => {
    expect(await teamScopeRefusal(accounts, GENESYS_CAPABILITIES, undefined)).toBeUndefined();
    await accounts.create({ username: "desk", passwordHash: "x", role: "helpdesk", teams: ["Sales"] });
    expect(await teamScopeRefusal(accounts, GENESYS_CAPABILITIES, undefined)).toMatch(/^This contact center \(genesys\) has no teams, and these accounts are scoped to teams: desk\. /);
    expect(await teamScopeRefusal(accounts, BPCC_CAPABILITIES, undefined)).toBeUndefined();
  });

  it("is refused with OIDC_TEAMS_CLAIM set", async () => {
    expect(await teamScopeRefusal(accounts, GENESYS_CAPABILITIES, "teams")).toMatch(/^OIDC_TEAMS_CLAIM is set, but this contact center \(genesys\) has no teams/);
  });
});
